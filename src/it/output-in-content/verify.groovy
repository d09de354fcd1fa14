// The refusal suggested <journal>/public, the command line's default, in a journal built with Maven.
def log = new File(basedir, 'build.log').getText('UTF-8')
def journal = basedir.toPath().toAbsolutePath().normalize()
assert log.contains("is inside the journal's content/ folder, which holds what you wrote."): log
assert log.contains(' like ' + journal.resolve('target').resolve('site') + ', the default.')
assert !log.contains(journal.resolve('public').toString())
assert !new File(basedir, 'content/site').exists(): 'something was written in content/'
assert !new File(basedir, 'target/site').exists(): 'a site was written'
return true
