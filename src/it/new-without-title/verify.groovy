def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('title: an entry needs a title, even a short one: add -Dsmallwins.title="Drank a glass of water"')
assert !log.contains('are missing or invalid'): "Maven's own message for a missing parameter reached the log"
assert new File(basedir, 'content/wins').list().length == 2: 'a file was added to content/wins'
return true
