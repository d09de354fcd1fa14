def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("smallwins.port 99999 is not a port: use a number from 1 to 65535 (below 1024 only where the system allows it), like -Dsmallwins.port=1313 or <port>1313</port> in the plugin's configuration, or 0 for a free one.")
assert log.count('is not a port') == 1: 'the reason was said more than once'
assert !log.contains('IllegalArgumentException'): 'a Java exception reached the log'
assert !log.contains('Serving'): 'it started serving'
return true
