// The summary was written over the entry without a word.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("statsFile: content/wins/2025-01-06-walk.md is inside the journal's content/ folder, which holds what you wrote.")
def entry = new File(basedir, 'content/wins/2025-01-06-walk.md').getText('UTF-8')
assert entry == '---\ntitle: A walk\ndate: 2025-01-06\n---\nWalked around the block.\n': 'the entry was changed'
return true
