import groovy.json.JsonSlurper

// The stats went to the log only, each line after [INFO], for no other tool to read.
def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log.contains('{\n  "version": 1,\n  "today": "2025-01-20",\n'): log
assert !log.contains('[INFO] {'): 'the JSON went to the log'
// The -q run's output, up to the JSON's closing brace, is what `> stats.json` would hold: it must parse.
def end = log.indexOf('\n}\n')
assert end > 0: log
def printed = log.substring(0, end + 3)
assert !printed.contains('\u001b'): 'an escape code in the -q run\'s output: ' + printed.take(40).replace('\u001b', 'ESC')
assert printed.startsWith('{'): 'the -q run printed more than the JSON: ' + printed.take(80)
def stats = new JsonSlurper().parseText(printed)
assert stats.version == 1
assert stats.today == '2025-01-20'
assert stats.totals.wins == 1
assert log.contains('forceStdout: the stats go either to standard output or to statsFile (')
assert !new File(basedir, 'target/stats.json').exists(): 'the stats file was written'
return true
