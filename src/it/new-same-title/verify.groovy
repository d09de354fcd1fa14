// The entry already there is left as it was; the new one is made beside it, and the log says so.
def first = new File(basedir, 'content/wins/2025-01-04-first-walk.md')
assert first.getText('UTF-8').contains('title: First walk'): 'the entry already there was changed'
assert new File(basedir, 'content/wins/2025-01-04-first-walk-2.md').isFile(): 'no second entry was made'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('content/wins/2025-01-04-first-walk.md is already there, so this entry is a new one beside it;'
        + ' to add to that one instead, open it and delete content/wins/2025-01-04-first-walk-2.md.'): log
assert log.contains('Started content/wins/2025-01-04-first-walk-2.md'): log
return true
