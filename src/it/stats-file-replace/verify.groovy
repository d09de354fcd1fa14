// A mistyped statsFile wrote the summary over whatever file it named.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('statsFile: notes.txt is already there and holds something other than stats Smallwins wrote'): log
def notes = new File(basedir, 'notes.txt').bytes
assert notes == 'Things to tell my sponsor:\n- the walk on Monday\n'.getBytes('UTF-8'): 'notes.txt was changed'
// The JSON of the first run was replaced by the summary of the second.
def stats = new File(basedir, 'target/stats.txt').getText('UTF-8')
assert stats.startsWith("Look how far you've come"): stats
return true
