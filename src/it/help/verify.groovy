// mvn smallwins:help -Ddetail lists the goals, their parameters and user properties.
def log = new File(basedir, 'build.log').getText('UTF-8')
['smallwins:build', 'smallwins:help', 'smallwins:stats', 'User property: smallwins.json', 'Available parameters:',
 'User property: smallwins.drafts', 'User property: smallwins.private', 'User property: smallwins.today',
 'User property: smallwins.output', 'User property: smallwins.forceStdout',
 'User property: smallwins.journalDirectory',
 'output (Default: ${project.build.directory}/site)'].each {
    assert log.contains(it): "smallwins:help does not show '$it'"
}
return true
