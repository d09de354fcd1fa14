def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('smallwins.port 99999 is not a port: use a number from 1024 to 65535, or 0 for a free one, like -Dsmallwins.port=1313')
assert !log.contains('IllegalArgumentException'): 'a Java exception reached the log'
assert !log.contains('Serving'): 'it started serving'
return true
