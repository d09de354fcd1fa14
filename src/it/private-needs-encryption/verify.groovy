// Private entries are published only on an encrypted site; nothing is written otherwise.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('private entries are published only on an encrypted site')
assert log.contains('encrypt: true')
assert !new File(basedir, 'target/site').exists(): 'a site was written with a private entry in clear'
return true
