// -Dsmallwins.drafts=yes was read as false by Maven, and the site built without the drafts, without a word.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("smallwins.drafts yes is neither true nor false: write true or false, like -Dsmallwins.drafts=true")
assert !new File(basedir, 'target/site').exists(): 'a site was written with the switch misread'
return true
