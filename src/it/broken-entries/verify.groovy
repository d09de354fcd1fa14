// One failure that lists every error as path:line: field: message, and nothing written.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('2 problems to fix; nothing was written:')
assert log.contains("content/setbacks/2025-01-08-rough-day.md:4: energy: 'lots' is not allowed")
assert log.contains("content/wins/2025-01-07-too-happy.md:3: mood: '9' is not allowed")
assert !log.contains('2025-01-06-fine.md:'): 'the good entry was reported'
// A warning is logged as a warning, not listed among the errors that failed the build.
def warning = log.readLines().find { it.contains('content/wins/2025-01-05-misspelled-tags.md:3: warning: tgas:') }
assert warning?.startsWith('[WARNING] '): log
assert !log.readLines().any { it.startsWith('[ERROR]') && it.contains('misspelled-tags') }: log
assert !new File(basedir, 'target/site').exists(): 'a site was written despite the problems'
return true
