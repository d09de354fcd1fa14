// Maven made the empty statsFile the pom's folder, and the goal refused it as "a folder".
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('statsFile: no file is given (-Dsmallwins.statsFile= with nothing after it)'): log
assert log.contains('leave statsFile out to see the stats in the build log')
assert !log.contains('is a folder')
assert !log.contains('Look how far'): 'the summary was printed'
assert !new File(basedir, 'target').exists(): 'something was written'
return true
