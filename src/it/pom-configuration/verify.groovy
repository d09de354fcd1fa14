// The pom's <configuration> wins over the defaults: another output folder, private entries included,
// and, since private entries need it, every page encrypted under an opaque name.
def www = new File(basedir, 'target/www')
assert new File(www, 'index.html').isFile(): 'target/www/index.html is missing'
assert new File(www, 'index.html').getText('UTF-8').contains('smallwins-sealed'): 'the home page is not encrypted'
assert !new File(www, '2025').exists(): 'entry paths are published in clear'
www.eachFileRecurse { f ->
    if (f.isFile()) {
        assert !f.getText('UTF-8').contains('Nobody else needs to see this'): "the private entry is readable in ${f}"
    }
}
assert !new File(www, '2025/01/10/unfinished').exists(): 'a draft was published'
assert !new File(basedir, 'target/site').exists(): 'the site went to the default folder'
assert new File(basedir, 'build.log').getText('UTF-8').contains('Built 4 entries into ' + www.canonicalPath)
return true
