// The parameter is named as the documentation names it: a <statsFile> in the pom is honoured.
def summary = new File(basedir, 'stats/summary.txt')
assert summary.isFile(): 'stats/summary.txt was not written'
assert summary.getText('UTF-8').contains('2 wins and 1 setback.')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('2 wins and 1 setback.'): 'the summary went to the log as well'
return true
