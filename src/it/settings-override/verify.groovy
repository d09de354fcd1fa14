// journal.yml says "Invoker journal"; -Dsmallwins.siteTitle and -Dsmallwins.basePath win for the first build.
def home = new File(basedir, 'target/one/index.html').getText('UTF-8')
assert home.contains('Overridden'): 'the title from -Dsmallwins.siteTitle is not on the home page'
assert !home.contains('Invoker journal'): "journal.yml's title was used"
assert new File(basedir, 'target/one/404.html').getText('UTF-8').contains('/journal/'): 'the 404 page ignores basePath'

// The second build names the bad setting and where it came from, and writes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("pom.xml (or -Dsmallwins.*): timezone: 'Mars/Olympus' is not a time zone"): 'no message for the bad timezone'
assert !new File(basedir, 'target/two').exists(): 'a failed build wrote a site'
return true
