// The pom's <configuration> wins over the defaults: another output folder, private entries included.
def www = new File(basedir, 'target/www')
assert new File(www, 'index.html').isFile(): 'target/www/index.html is missing'
assert new File(www, '2025/01/11/just-for-me/index.html').isFile(): 'the private entry is missing'
assert !new File(www, '2025/01/10/unfinished').exists(): 'a draft was published'
assert !new File(basedir, 'target/site').exists(): 'the site went to the default folder'
assert new File(basedir, 'build.log').getText('UTF-8').contains('Built 4 entries into ' + www.canonicalPath)
return true
