// The new entry is where the build looks for wins, with the front matter asked for, and it checks clean.
def entry = new File(basedir, 'content/wins/2025-01-05-stretched.md')
assert entry.isFile(): 'smallwins:new did not make content/wins/2025-01-05-stretched.md'
def text = entry.getText('UTF-8')
assert text.contains('title: Stretched')
assert text.contains('tags: [body]')
assert text.contains('mood: 4')
// smallwins.today fixes the day only, so no time of day is made up.
assert text.contains('\ndate: 2025-01-05\n'): text

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Started content/wins/2025-01-05-stretched.md')
assert log.contains('Checked 2 entries: all good.')
assert !new File(basedir, 'target').exists(): 'check or new wrote something under target/'
return true
