def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Library built 3 entries, ')
assert log.contains('Library read 2 wins')
assert log.contains('Library refused: ') && log.contains('is the journal folder itself')
assert new File(basedir, 'target/site/index.html').isFile()
def classpath = new File(basedir, 'classpath.txt').getText('UTF-8')
assert classpath.contains('flexmark')
// A library hands on no logging binding: the program's own would clash with it, or be silenced.
assert !classpath.contains('slf4j-nop'): 'slf4j-nop is on a library user\'s class path'
assert !classpath.contains('picocli'): 'the command line\'s parser is on a library user\'s class path'
return true
