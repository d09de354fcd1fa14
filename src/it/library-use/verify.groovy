def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Library built 3 entries, ')
// The second build of the same instance: most files were already as they should be.
def rebuilt = (log =~ /Library rebuilt (\d+) written, (\d+) unchanged, (\d+) pages rendered afresh of (\d+)/)
assert rebuilt.find(): 'no rebuild line in build.log'
assert (rebuilt.group(1) as int) > 0 && (rebuilt.group(2) as int) > (rebuilt.group(1) as int)
assert (rebuilt.group(3) as int) > 0 && (rebuilt.group(3) as int) < (rebuilt.group(4) as int)
assert new File(basedir, 'target/site/2025/01/06/first-walk/index.html').getText('UTF-8').contains('every time')
assert log.contains('Library read 2 wins')
assert log.contains('Library checked: ERROR content/wins/2025-01-06-walk.md line 3 field date: \'2025-13-40\' is not a date')
assert log.contains('Library refused: ') && log.contains('is the journal folder itself') && log.contains('(wrote some: false)')
assert new File(basedir, 'target/site/index.html').isFile()
def classpath = new File(basedir, 'classpath.txt').getText('UTF-8')
assert classpath.contains('flexmark')
// A library hands on no logging binding: the program's own would clash with it, or be silenced.
assert !classpath.contains('slf4j-nop'): 'slf4j-nop is on a library user\'s class path'
assert !classpath.contains('picocli'): 'the command line\'s parser is on a library user\'s class path'
return true
