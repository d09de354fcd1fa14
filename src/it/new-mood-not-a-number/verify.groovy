def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("smallwins.mood good is not a whole number: use a whole number from 1 to 5 (1 is very low, 5 is very good), like -Dsmallwins.mood=3")
assert !log.contains('Cannot convert'): "Maven's own conversion message reached the log"
assert !log.contains('Started'): 'an entry was made'
assert new File(basedir, 'content/wins').list().length == 2: 'a file was added to content/wins'
return true
