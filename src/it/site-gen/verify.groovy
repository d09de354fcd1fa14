// mvn clean site-gen builds the site into target/site: a page per entry, the lists, the static files,
// with journal.yml's settings, and without the draft.
def site = new File(basedir, 'target/site')
def page = { String path -> new File(site, path) }

['index.html', '404.html', 'robots.txt', '.smallwins-output',
 '2025/01/06/first-walk/index.html', '2025/01/09/called-mum/index.html', '2025/01/12/what-helps/index.html',
 'timeline/index.html', 'wins/index.html', 'tags/walk/index.html', 'images/dot.svg'].each {
    assert page(it).isFile(): "target/site/$it is missing"
}
assert !page('2025/01/10/unfinished').exists(): 'a draft was published without smallwins.drafts'
assert page('index.html').getText('UTF-8').contains('Invoker journal'): "journal.yml's title is not on the home page"
assert page('2025/01/06/first-walk/index.html').getText('UTF-8').contains('To the corner and back.')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /smallwins-maven-plugin:[^:]+:build \(default-build\)/
assert log.contains('Built 3 entries into ' + site.canonicalPath)
return true
