// mvn site-gen -Dsmallwins.drafts=true publishes the draft too.
def site = new File(basedir, 'target/site')
assert new File(site, '2025/01/10/unfinished/index.html').isFile(): 'the draft page is missing'
assert new File(site, '2025/01/06/first-walk/index.html').isFile()
assert new File(basedir, 'build.log').getText('UTF-8').contains('Built 4 entries into')
return true
