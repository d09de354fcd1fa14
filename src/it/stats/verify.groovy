// The figures come from the three entries in content/: two wins, one setback with a comeback, one reward.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("Look how far you've come")
assert log.contains('2 wins and 1 setback.')
assert log.contains('1 setback along the way, and you came back from it.')
assert log.contains('Ways you were kind to yourself: 1 reward. The latest: a long bath.')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'stats/insights.json'))
assert json.today == '2025-01-20'
assert json.totals.wins == 2
assert json.totals.setbacks == 1
assert json.comebacks.items[0].days == 2: "comeback: ${json.comebacks}"
assert !new File(basedir, 'target').exists(): 'stats wrote something under target/'
return true
