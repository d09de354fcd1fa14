def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("smallwins.port http is not a whole number: use a number from 1 to 65535 (below 1024 only where the system allows it), like -Dsmallwins.port=1313 or <port>1313</port> in the plugin's configuration, or 0 for a free one.")
assert !log.contains('Cannot convert'): "Maven's own conversion message reached the log"
assert !log.contains('Serving'): 'it started serving'
return true
