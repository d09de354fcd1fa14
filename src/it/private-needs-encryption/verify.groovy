// Private entries are published only on an encrypted site; nothing is written otherwise.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('private entries are published only on an encrypted site')
assert log.contains('encrypt: true')
// Said once, in the goals' words: the core's exception as the failure's cause made Maven print it again
// naming the command line's --private.
assert log.count('private entries are published only on an encrypted site') == 1: 'the problem was printed twice'
assert !log.contains('--private'): "the command line's option reached the log"
assert !new File(basedir, 'target/site').exists(): 'a site was written with a private entry in clear'
return true
