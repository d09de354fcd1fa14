// The stats went to the log only, each line after [INFO], for no other tool to read.
def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log.contains('{\n  "version": 1,\n  "today": "2025-01-20",\n'): log
assert !log.contains('[INFO] {'): 'the JSON went to the log'
def quiet = log.substring(0, log.indexOf('"today"'))
assert !quiet.contains('[INFO]'): 'the -q run printed more than the JSON'
assert log.contains('forceStdout: the stats go either to standard output or to statsFile (')
assert !new File(basedir, 'target/stats.json').exists(): 'the stats file was written'
return true
