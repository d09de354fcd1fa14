// Maven made the empty output the pom's folder, and the build refused "the journal folder itself".
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('output: no folder is given (-Dsmallwins.output= with nothing after it'): log
assert log.contains('leave output out to build into target/site')
assert !log.contains('is the journal folder itself')
assert !new File(basedir, 'target/site').exists(): 'a site was written'
return true
