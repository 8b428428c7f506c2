"""Copy the HTML pages of an installed Debian documentation package into a corpus folder.

The held-out claim corpora are Debian manuals that no rule was tuned on. Each is copied as it is, without a
catalog, so titles and authors must come from the files themselves, as for any essay a user drops in.
"""
from __future__ import annotations

import gzip
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Manual:
    title: str
    package: str              # the Debian package that installs it
    folder: Path
    pattern: str = "*.html"
    skip: frozenset[str] = frozenset({"index.html"})   # pages that only repeat the others (index, search)
    only: tuple[str, ...] = ()   # when given, these pages of the folder and no others (pattern and skip unused)
    suffix: str = ""             # given to copied names that have none ("FAQ" -> "FAQ.txt"), as a user would save them


MANUALS = {
    "developers-reference": Manual("the Debian Developer's Reference", "developers-reference",
                                   Path("/usr/share/doc/developers-reference/docs"),
                                   skip=frozenset({"index.html", "search.html", "developers-reference.html"})),
    "maint-guide": Manual("the Debian New Maintainers' Guide", "maint-guide", Path("/usr/share/doc/maint-guide/html"),
                          pattern="*.en.html", skip=frozenset({"index.en.html"})),
    "debian-reference": Manual("the Debian Reference", "debian-reference-en", Path("/usr/share/debian-reference"),
                               pattern="*.en.html", skip=frozenset({"index.en.html"})),
    "securing-debian": Manual("the Securing Debian Manual", "harden-doc",
                              Path("/usr/share/doc/harden-doc/html/en-US")),
    "debian-handbook": Manual("the Debian Administrator's Handbook", "debian-handbook",
                              Path("/usr/share/doc/debian-handbook/html/en-US")),
    "installation-guide": Manual("the Debian Installation Guide (amd64)", "installation-guide-amd64",
                                 Path("/usr/share/doc/installation-guide-amd64/en")),
    "debian-policy": Manual("the Debian Policy Manual", "debian-policy",
                            Path("/usr/share/doc/debian-policy/policy.html"),
                            skip=frozenset({"index.html", "search.html", "genindex.html"})),
    # its index page holds the handbook's version and copyright, so it is kept
    "kernel-handbook": Manual("the Debian Linux Kernel Handbook", "debian-kernel-handbook",
                              Path("/usr/share/doc/debian-kernel-handbook/kernel-handbook.html"), skip=frozenset()),
    # the manual's chapters and its man pages; the index page (title, author) is kept
    "gbp-manual": Manual("the git-buildpackage manual", "git-buildpackage",
                         Path("/usr/share/doc/git-buildpackage/manual-html"), pattern="*.html", skip=frozenset()),
    "live-manual": Manual("the Debian Live Systems Manual", "live-manual-html",
                          Path("/usr/share/doc/live-manual/html/live-manual"), pattern="*.en.html",
                          skip=frozenset({"index.en.html"})),
    # the guide's chapters and its title page (title, author)
    "debmake-doc": Manual("the Guide for Debian Maintainers", "debmake-doc", Path("/usr/share/doc/debmake-doc/html"),
                          pattern="*.en.html", skip=frozenset()),
    # one HTML file holds the whole manual
    "debian-edu-manual": Manual("the Debian Edu Bookworm Manual", "debian-edu-doc-en",
                                Path("/usr/share/doc/debian-edu-doc-en"), pattern="debian-edu-bookworm-manual.html",
                                skip=frozenset()),
    "aptitude-manual": Manual("the aptitude user's manual", "aptitude-doc-en", Path("/usr/share/doc/aptitude/html/en"),
                              skip=frozenset()),
    # the concept guides and tutorials (git<name>.html, not the git-<command>.html man pages) and user-manual.html
    "git-doc": Manual("git's documentation", "git-doc", Path("/usr/share/doc/git-doc"),
                      pattern="[gu][is][te][a-z]*.html", skip=frozenset()),
    # one page per app or board; freedombox-manual.part.html repeats them all in one file
    "freedombox-manual": Manual("the FreedomBox manual", "freedombox-doc-en", Path("/usr/share/freedombox/manual/en"),
                                pattern="*.part.html", skip=frozenset({"freedombox-manual.part.html"})),
    # the tutorial only (python3-doc also holds the library and language references); index.html is its contents
    "python-tutorial": Manual("the Python Tutorial", "python3-doc", Path("/usr/share/doc/python3-doc/html/tutorial")),
    # git's everyday commands (not its guides, which git-doc above copies, nor its plumbing)
    "git-commands": Manual("git's everyday command pages", "git-doc", Path("/usr/share/doc/git-doc"), only=tuple(
        f"git-{name}.html" for name in (
            "add", "bisect", "blame", "branch", "checkout", "cherry-pick", "clean", "clone", "commit", "config",
            "diff", "fetch", "gc", "grep", "init", "log", "merge", "mv", "pull", "push", "rebase", "reflog",
            "remote", "reset", "restore", "revert", "rm", "show", "stash", "status", "switch", "tag", "worktree"))),
    "python-howtos": Manual("the Python HOWTOs", "python3-doc", Path("/usr/share/doc/python3-doc/html/howto")),
    "python-faq": Manual("the Python FAQ", "python3-doc", Path("/usr/share/doc/python3-doc/html/faq")),
    # a score of everyday standard-library modules, not the whole library reference (317 pages)
    "python-library": Manual("the Python Library Reference (everyday modules)", "python3-doc",
                             Path("/usr/share/doc/python3-doc/html/library"), only=tuple(
        f"{name}.html" for name in (
            "bisect", "collections", "csv", "datetime", "functools", "heapq", "itertools", "json", "pathlib",
            "random", "shutil", "sqlite3", "statistics", "string", "subprocess", "tempfile", "textwrap",
            "unittest", "venv", "zipfile"))),
    # how to run Python: the command line and environment, and Python on Unix, Windows and macOS
    "python-using": Manual("Python Setup and Usage", "python3-doc", Path("/usr/share/doc/python3-doc/html/using")),
    # a second score of standard-library modules, none of the first's
    "python-library-2": Manual("the Python Library Reference (more modules)", "python3-doc",
                               Path("/usr/share/doc/python3-doc/html/library"), only=tuple(
        f"{name}.html" for name in (
            "argparse", "logging", "re", "os.path", "threading", "queue", "enum", "dataclasses", "contextlib",
            "glob", "fnmatch", "hashlib", "copy", "pprint", "operator", "time", "calendar", "uuid", "secrets",
            "decimal"))),
    # the language reference: lexical analysis, data model, execution model, expressions, statements, grammar
    "python-reference": Manual("the Python Language Reference", "python3-doc",
                               Path("/usr/share/doc/python3-doc/html/reference")),
    # release notes: what changed in Python 3.8 to 3.11 (names, versions and numbers on every line)
    "python-whatsnew": Manual("What's New in Python 3.8 to 3.11", "python3-doc",
                              Path("/usr/share/doc/python3-doc/html/whatsnew"),
                              only=("3.8.html", "3.9.html", "3.10.html", "3.11.html")),
    # Debian Pure Blends: the DocBook manual's chapters, appendices and title page
    "blends-doc": Manual("the Debian Pure Blends manual", "blends-doc", Path("/usr/share/doc/blends-doc/html"),
                         skip=frozenset()),
    # dput-ng: its guide (the front page, the reference) and its library's API pages
    "dput-ng": Manual("dput-ng's documentation", "dput-ng-doc", Path("/usr/share/doc/dput-ng-doc/html"), only=(
        "index.html", *(f"reference/{name}.html" for name in ("configs", "contributing", "hookinstall", "hooks",
                                                             "migrating")),
        *(f"library/{name}.html" for name in ("changes", "config", "core", "exceptions", "interface", "profile",
                                             "uploader", "util")))),
    # BorgBackup: its introduction, quick start, FAQ, installation, deployment guides, security internals and
    # general usage notes (not the one-page-per-command reference)
    "borg-docs": Manual("BorgBackup's documentation", "borgbackup-doc", Path("/usr/share/doc/borgbackup/html"), only=(
        "introduction.html", "quickstart.html", "faq.html", "installation.html", "support.html", "authors.html",
        *(f"deployment/{name}.html" for name in ("automated-local", "central-backup-server", "hosting-repositories",
                                                 "image-backup", "pull-backup")),
        "internals/security.html", "usage/general.html")),
    # the FAI Guide (Fully Automatic Installation): one HTML file holds it all
    "fai-guide": Manual("the FAI Guide", "fai-doc", Path("/usr/share/doc/fai-doc"), only=("fai-guide.html",)),
    # the Knot DNS administrator's manual: its chapters, not the man pages or the configuration reference
    "knot-docs": Manual("the Knot DNS manual", "knot-doc", Path("/usr/share/doc/knot-doc"), only=tuple(
        f"{name}.html" for name in ("introduction", "requirements", "installation", "configuration", "operation",
                                    "troubleshooting", "migration", "appendices"))),
    # the Varnish Cache users guide (HTTP caching): its pages, not the reference or the developer notes
    "varnish-guide": Manual("the Varnish users guide", "varnish-doc", Path("/usr/share/doc/varnish/html/users-guide")),
    # Network UPS Tools' FAQ: one short page per question
    "nut-faq": Manual("the Network UPS Tools FAQ", "nut-doc", Path("/usr/share/doc/nut-doc/html/FAQ"),
                      skip=frozenset()),
    # rsyslog's concept pages, troubleshooting guides, FAQ and tutorials (not the module reference)
    "rsyslog-guides": Manual("rsyslog's documentation", "rsyslog-doc", Path("/usr/share/doc/rsyslog-doc/html"), only=(
        *(f"concepts/{name}.html" for name in ("janitor", "messageparser", "multi_ruleset", "netstrm_drvr",
                                               "queues")),
        *(f"troubleshooting/{name}.html" for name in ("debug", "file_not_written", "howtodebug", "selinux",
                                                      "troubleshoot")),
        "faq/difference_queues.html",
        *(f"tutorials/{name}.html" for name in ("database", "failover_syslog_server", "high_database_rate",
                                                "log_rotation_fix_size", "log_sampling", "reliable_forwarding",
                                                "recording_pri", "tls", "tls_cert_summary")),
        *(f"configuration/{name}.html" for name in ("basic_structure", "conf_formats", "filters", "droppriv")))),
    # Postfix's README guides (mail server): configuration, tuning, debugging and spam control
    "postfix-readmes": Manual("Postfix's README guides", "postfix-doc", Path("/usr/share/doc/postfix/html"), only=tuple(
        f"{name}_README.html" for name in ("BASIC_CONFIGURATION", "STANDARD_CONFIGURATION", "DEBUG", "TUNING",
                                           "BACKSCATTER", "SOHO", "QSHAPE", "SMTPD_ACCESS", "POSTSCREEN",
                                           "ADDRESS_VERIFICATION"))),
    # the BIND 9 Administrator Reference Manual: its chapters, general DNS notes and history (not the
    # reference, the man pages or the release notes)
    "bind9-arm": Manual("the BIND 9 Administrator Reference Manual", "bind9-doc", Path("/usr/share/doc/bind9-doc/arm"),
                        only=(*(f"chapter{n}.html" for n in (1, 2, 3, 4, 5, 6, 7, 9, 10)), "general.html",
                              "history.html")),
    # HAProxy's starter guide and management guide (not the configuration manual)
    "haproxy-guides": Manual("HAProxy's guides", "haproxy-doc", Path("/usr/share/doc/haproxy/html"),
                             only=("intro.html", "management.html")),
    # the Kea Administrator Reference Manual's chapters on running Kea (not the DHCPv4/v6 server or hooks chapters)
    "kea-arm": Manual("the Kea Administrator Reference Manual", "kea-doc", Path("/usr/share/doc/kea/html/arm"),
                      only=tuple(f"{page}.html" for page in (
                          "intro", "quickstart", "install", "admin", "config", "keactrl", "agent", "ctrl-channel",
                          "lease-expiration", "lfc", "logging", "security", "congestion-handling",
                          "database-connectivity", "ddns", "shell", "stats"))),
    # libvirt's pages on running it: daemons, the QEMU driver, networking, storage, access control, the project
    "libvirt-docs": Manual("libvirt's documentation", "libvirt-doc", Path("/usr/share/doc/libvirt-doc/html"),
                           only=tuple(f"{page}.html" for page in (
                               "daemons", "drvqemu", "firewall", "migration", "storage", "auth", "acl", "cgroups",
                               "logging", "remote", "hooks", "uri", "securityprocess", "governance", "support"))),
    # the Icinga 2 documentation's chapters on setting up and running it, in Markdown (Debian compresses them)
    "icinga2-docs": Manual("the Icinga 2 documentation", "icinga2-doc", Path("/usr/share/doc/icinga2/markdown"),
                           only=tuple(f"{page}.md.gz" for page in (
                               "01-about", "02-installation", "03-monitoring-basics", "04-configuration",
                               "05-service-monitoring", "06-distributed-monitoring", "07-agent-based-monitoring",
                               "08-advanced-topics", "14-features", "15-troubleshooting", "16-upgrading-icinga-2",
                               "19-technical-concepts", "22-selinux"))),
    # the Exim specification's chapters on how Exim works and is run (not the driver and option references)
    "exim-spec": Manual("the Exim specification", "exim4-doc-html", Path("/usr/share/doc/exim4-doc-html/spec_html"),
                        only=tuple(f"ch-{page}.html" for page in (
                            "introduction", "how_exim_receives_and_delivers_mail", "the_exim_command_line",
                            "starting_the_daemon_and_the_use_of_network_interfaces", "security_considerations",
                            "log_files", "retry_configuration", "message_processing", "smtp_processing",
                            "some_common_configuration_settings", "the_default_configuration_file",
                            "using_exim_as_a_nonqueueing_client", "systemwide_message_filtering", "address_rewriting",
                            "encrypted_smtp_connections_using_tlsssl", "proxies"))),
    # the Apache HTTP Server's how-to guides and its pages on configuring, logging, stopping and virtual hosts
    "apache-docs": Manual("the Apache HTTP Server documentation", "apache2-doc",
                          Path("/usr/share/doc/apache2-doc/manual/en"), only=tuple(f"{page}.html" for page in (
                              "howto/access", "howto/auth", "howto/cgi", "howto/htaccess", "howto/http2",
                              "howto/public_html", "howto/reverse_proxy", "howto/ssi", "logs", "stopping", "sections",
                              "urlmapping", "configuring", "content-negotiation", "vhosts/name-based",
                              "vhosts/ip-based"))),
    # SQLite's pages on how it stores, locks and types data, and when to use it
    "sqlite-docs": Manual("SQLite's documentation", "sqlite3-doc", Path("/usr/share/doc/sqlite3"),
                          only=tuple(f"{page}.html" for page in (
                              "whentouse", "wal", "datatype3", "foreignkeys", "quirks", "faq", "autoinc", "isolation",
                              "lang_transaction", "lockingv3", "limits", "tempfiles", "howtocorrupt", "omitted",
                              "rowidtable", "withoutrowid"))),
    # NTPsec's pages on how ntpd picks, polls and trusts its servers, and on setting it up
    "ntpsec-docs": Manual("the NTPsec documentation", "ntpsec-doc", Path("/usr/share/doc/ntpsec-doc/html"),
                          only=tuple(f"{page}.html" for page in (
                              "quick", "NTS-QuickStart", "access", "assoc", "authentic", "clock", "cluster",
                              "discipline", "discover", "leap", "leapsmear", "orphan", "poll", "prefer", "rate",
                              "select"))),
    # PostgreSQL 15's chapters on concurrency, maintenance, backup and standby servers
    "postgresql-docs": Manual("the PostgreSQL 15 documentation", "postgresql-doc-15",
                              Path("/usr/share/doc/postgresql-doc-15/html"), only=tuple(f"{page}.html" for page in (
                                  "mvcc-intro", "transaction-iso", "explicit-locking", "mvcc-caveats",
                                  "routine-vacuuming", "routine-reindex", "backup-dump", "backup-file",
                                  "continuous-archiving", "hot-standby", "populate", "ddl-constraints",
                                  "indexes-types", "auth-pg-hba-conf", "logical-replication-restrictions",
                                  "tutorial-transactions"))),
    # the Z shell manual's chapters on invocation, startup files, grammar, redirection, functions, jobs, arithmetic,
    # conditions and prompts, and the Zsh FAQ's first five chapters
    "zsh-docs": Manual("the Z Shell Manual and FAQ", "zsh-doc", Path("/usr/share/doc/zsh-common/html"),
                       only=tuple(f"{page}.html" for page in (
                           "Introduction", "Roadmap", "Invocation", "Files", "Shell-Grammar", "Redirection",
                           "Command-Execution", "Functions", "Jobs-_0026-Signals", "Arithmetic-Evaluation",
                           "Conditional-Expressions", "Prompt-Expansion", "FAQ01", "FAQ02", "FAQ03", "FAQ04",
                           "FAQ05"))),
    # lighttpd's module documentation: reStructuredText files with author and date fields, some gzipped
    "lighttpd-docs": Manual("the lighttpd module documentation", "lighttpd-doc", Path("/usr/share/doc/lighttpd"),
                            pattern="*.txt*", skip=frozenset()),
    # four manuals as PDF, from four packages: apt-cacher-ng's user manual, the debdelta suite, libtasn1's
    # reference and NUT's notes on USB in Solaris-like systems
    "pdf-manuals": Manual("four manuals in PDF", "apt-cacher-ng debdelta-doc libtasn1-doc nut-doc",
                          Path("/usr/share/doc"), only=(
                              "apt-cacher-ng/apt-cacher-ng.pdf", "debdelta-doc/debdelta_suite.pdf",
                              "libtasn1-doc/libtasn1.pdf", "nut-doc/pdf/solaris-usb.pdf")),
    # Dovecot's wiki pages (plain text, underlined headings) on mailbox formats, quota, SSL, authentication
    # caching and penalties, replication and tuning
    "dovecot-wiki": Manual("the Dovecot wiki", "dovecot-core", Path("/usr/share/doc/dovecot-core/wiki"), only=(
        "Authentication.Caching.txt.gz", "Authentication.PasswordSchemes.txt.gz", "Authentication.Penalty.txt",
        "Chrooting.txt", "HowTo.Rootless.txt", "IMAPServer.Hibernation.txt", "IndexFiles.txt.gz", "LMTP.txt.gz",
        "Logging.txt.gz", "MailboxFormat.Maildir.txt.gz", "MailboxFormat.dbox.txt.gz", "MailboxFormat.mbox.txt.gz",
        "MboxLocking.txt", "Migration.Gmail.txt", "NFS.txt.gz", "Namespaces.txt.gz", "POP3Server.txt.gz",
        "PerformanceTuning.txt", "Plugins.Expire.txt.gz", "Plugins.Lazyexpunge.txt.gz", "Plugins.Trash.txt",
        "Quota.Configuration.txt.gz", "Quota.Count.txt", "Replication.txt.gz", "SSL.DovecotConfiguration.txt.gz",
        "SSL.CertificateCreation.txt.gz")),
    # the Mutt e-mail client's manual, one DocBook HTML page per chapter (the reference chapter and the
    # one-page copy of the whole manual left out)
    "mutt-manual": Manual("the Mutt E-Mail Client manual", "mutt", Path("/usr/share/doc/mutt/html"),
                          only=tuple(f"{page}.html" for page in (
                              "intro", "gettingstarted", "configuration", "advancedusage", "mimesupport",
                              "optionalfeatures", "security", "tuning", "miscellany"))),
    # Django's topic guides (Sphinx HTML) on caching, e-mail, files, logging, migrations, security, signals...
    "django-topics": Manual("Django's topic guides", "python-django-doc",
                            Path("/usr/share/doc/python-django-doc/html/topics"),
                            only=tuple(f"{page}.html" for page in (
                                "async", "cache", "checks", "conditional-view-processing", "email", "files",
                                "logging", "migrations", "pagination", "performance", "security",
                                "serialization", "signals", "signing"))),
    # the Bash Reference Manual: one Texinfo-made HTML page of 860 kB holding the whole manual
    "bash-manual": Manual("the Bash Reference Manual", "bash-doc", Path("/usr/share/doc/bash"), only=("bashref.html",)),
    # chrony's FAQ and README: plain text (the FAQ a text rendering of its HTML), gzipped
    "chrony-faq": Manual("chrony's FAQ and README", "chrony", Path("/usr/share/doc/chrony"),
                         only=("FAQ.gz", "README.gz"), suffix=".txt"),
    # the Vim user manual's chapters on editing (help files rendered to HTML: the whole body one <PRE>)
    "vim-user-manual": Manual("the Vim user manual", "vim-doc", Path("/usr/share/doc/vim/html"),
                              only=tuple(f"usr_{chapter:02d}.html" for chapter in (
                                  *range(2, 11), *range(20, 33)))),
    # fetchmail's FAQ (one 150 kB HTML page), its feature list and design notes
    "fetchmail-faq": Manual("fetchmail's FAQ, features and design notes", "fetchmail", Path("/usr/share/doc/fetchmail"),
                            only=("fetchmail-FAQ.html", "fetchmail-features.html", "design-notes.html")),
    # CUPS's help pages for administrators and users (the man pages, specifications and API guides left out)
    "cups-help": Manual("the CUPS help pages", "cups-server-common", Path("/usr/share/cups/doc-root/help"),
                        only=tuple(f"{page}.html" for page in (
                            "accounting", "admin", "encryption", "firewalls", "glossary", "kerberos", "network",
                            "options", "overview", "policies", "security", "sharing"))),
    # the Lynx browser's user guide: one gzipped HTML page
    "lynx-guide": Manual("the Lynx Users Guide", "lynx-common", Path("/usr/share/doc/lynx-common/lynx_help"),
                         only=("Lynx_users_guide.html.gz",)),
    # the tinc VPN daemon's manual: Texinfo HTML, one page per node (the concept index left out)
    "tinc-manual": Manual("the tinc manual", "tinc", Path("/usr/share/doc/tinc/tinc.html"),
                          skip=frozenset({"index.html", "Concept-Index.html"})),
    # GNU Midnight Commander's FAQ: plain text, gzipped
    "mc-faq": Manual("GNU Midnight Commander's FAQ", "mc", Path("/usr/share/doc/mc"), only=("FAQ.gz",), suffix=".txt"),
    # Privoxy's user manual (filtering web proxy): DocBook HTML, one page per chapter (its contents page left out)
    "privoxy-manual": Manual("the Privoxy user manual", "privoxy", Path("/usr/share/doc/privoxy/user-manual")),
    # WeeChat's FAQ and quick start guide (IRC client): Asciidoctor HTML, one page each
    "weechat-faq": Manual("WeeChat's FAQ and quick start guide", "weechat-doc", Path("/usr/share/doc/weechat-doc/html"),
                          only=("weechat_faq.en.html", "weechat_quickstart.en.html")),
    # Graphviz's FAQ, build notes and reference pages (hand-written HTML, tables of attributes and shapes)
    "graphviz-docs": Manual("Graphviz's documentation", "graphviz-doc", Path("/usr/share/doc/graphviz/html"), only=(
        "FAQ.html", "build.html", "info/arrows.html", "info/attrs.html", "info/colors.html", "info/command.html",
        "info/lang.html", "info/output.html", "info/shapes.html")),
    # Doxygen's manual (Doxygen-generated HTML, one page per chapter); the emoji table is left out
    "doxygen-manual": Manual("the Doxygen manual", "doxygen-doc", Path("/usr/share/doc/doxygen/html"),
                             skip=frozenset({"emojisup.html"})),
    # Newsboat's FAQ and user manual (RSS/Atom feed reader): Asciidoctor HTML, one page each
    "newsboat-docs": Manual("Newsboat's FAQ and manual", "newsboat", Path("/usr/share/doc/newsboat"),
                            only=("faq.html", "newsboat.html")),
    # CMake's reference manuals on the build system, the language, packages and toolchains (Sphinx HTML)
    "cmake-manuals": Manual("CMake's reference manuals", "cmake-doc", Path("/usr/share/doc/cmake-doc/html/manual"),
                            only=("cmake-buildsystem.7.html", "cmake-language.7.html", "cmake-packages.7.html",
                                  "cmake-toolchains.7.html", "cmake-qt.7.html")),
    # FRRouting's user guide (routing daemons): its overview, setup, basics, filters, route maps, RIP, VRRP, BFD
    # and watchfrr chapters (Sphinx HTML)
    "frr-guide": Manual("the FRRouting user guide", "frr-doc", Path("/usr/share/doc/frr/html"),
                        only=("overview.html", "setup.html", "basic.html", "glossary.html", "filter.html",
                              "routemap.html", "ripd.html", "vrrp.html", "bfd.html", "watchfrr.html")),
    # the GnuCash Tutorial and Concepts Guide (DocBook HTML): files, backups, accounts, loans, depreciation,
    # capital gains, stock prices, credit cards, budgets, currency trading and invoices
    "gnucash-guide": Manual("the GnuCash Tutorial and Concepts Guide", "gnucash-docs",
                            Path("/usr/share/doc/gnucash-docs/gnucash-guide-en"),
                            only=("basics-files1.html", "basics-backup1.html", "loans_calcs1.html",
                                  "dep_concepts1.html", "capgain_example1.html", "invest-stockprice1.html",
                                  "cc-together1.html", "budget_creation1.html", "currency_trading_accts.html",
                                  "bus_ar.html")),
    # the R FAQ, one Texinfo HTML page
    "r-faq": Manual("the R FAQ", "r-doc-html", Path("/usr/share/doc/r-doc-html/manual"), only=("R-FAQ.html",)),
    # ten pages of Sphinx's documentation (Sphinx HTML): getting started, installing, reStructuredText basics,
    # autodoc, napoleon, Markdown, themes, translation, the FAQ and the glossary
    "sphinx-docs": Manual("the Sphinx documentation", "sphinx-doc", Path("/usr/share/doc/sphinx-doc/html"),
                          only=("usage/quickstart.html", "usage/installation.html", "faq.html", "glossary.html",
                                "usage/theming.html", "usage/restructuredtext/basics.html",
                                "usage/extensions/autodoc.html", "usage/advanced/intl.html",
                                "usage/extensions/napoleon.html", "usage/markdown.html")),
    # ten pages of FFmpeg's manual (texi2html): the FAQ, the tools' pages, supported formats, platforms, the
    # developer and git guides, the mailing-list FAQ and the test suite
    "ffmpeg-manual": Manual("the FFmpeg manual", "ffmpeg-doc", Path("/usr/share/doc/ffmpeg/manual"),
                            only=("faq.html", "general.html", "ffmpeg.html", "ffprobe.html", "ffplay.html",
                                  "git-howto.html", "developer.html", "platform.html", "mailing-list-faq.html",
                                  "fate.html")),
    "r-data": Manual("R Data Import/Export", "r-doc-html", Path("/usr/share/doc/r-doc-html/manual"),
                     only=("R-data.html",)),
    # Bacula's Problem Resolution Guide (LaTeX2HTML): the FAQ, firewalls, tape drive tests, tips, crashes
    "bacula-problems": Manual("Bacula's Problem Resolution Guide", "bacula-doc",
                              Path("/usr/share/doc/bacula-doc/html/problems"),
                              skip=frozenset({"index.html", "Index.html", "Contents.html", "About_this_document.html",
                                              "Bacula_Copyright_Trademark_.html"})),
    # Bacula's Miscellaneous Guide as the PDF Debian ships (LaTeX, gzipped)
    "bacula-misc-pdf": Manual("Bacula's Miscellaneous Guide (PDF)", "bacula-doc", Path("/usr/share/doc/bacula-doc/pdf"),
                              only=("misc.pdf.gz",)),
    # Bacula's Console and Operators Guide as the PDF Debian ships (LaTeX, gzipped)
    "bacula-console-pdf": Manual("Bacula's Console and Operators Guide (PDF)", "bacula-doc",
                                 Path("/usr/share/doc/bacula-doc/pdf"), only=("console.pdf.gz",)),
    # the CMake tutorial's twelve steps (Sphinx HTML, file names with spaces, as cmake-doc installs them)
    "cmake-tutorial": Manual("the CMake tutorial", "cmake-doc", Path("/usr/share/doc/cmake-data/html/guide/tutorial")),
    # Bacula's Utility Programs guide as the PDF Debian ships (LaTeX, gzipped)
    "bacula-utility-pdf": Manual("Bacula's Utility Programs guide (PDF)", "bacula-doc",
                                 Path("/usr/share/doc/bacula-doc/pdf"), only=("utility.pdf.gz",)),
    # An Introduction to R, one Texinfo HTML page
    "r-intro": Manual("An Introduction to R", "r-doc-html", Path("/usr/share/doc/r-doc-html/manual"),
                      only=("R-intro.html",)),
    # Bacula's Developer's Guide as the PDF Debian ships (LaTeX, gzipped)
    "bacula-developers-pdf": Manual("Bacula's Developer's Guide (PDF)", "bacula-doc",
                                    Path("/usr/share/doc/bacula-doc/pdf"), only=("developers.pdf.gz",)),
    # four of CMake's guides (Sphinx HTML): user interaction, using dependencies, importing and exporting, IDE
    # integration
    "cmake-guides": Manual("CMake's guides", "cmake-doc", Path("/usr/share/doc/cmake-data/html/guide"), only=(
        "user-interaction/index.html", "using-dependencies/index.html", "importing-exporting/index.html",
        "ide-integration/index.html")),
    # the R Language Definition, one Texinfo HTML page
    "r-lang": Manual("the R Language Definition", "r-doc-html", Path("/usr/share/doc/r-doc-html/manual"),
                     only=("R-lang.html",)),
    # Valgrind's user manual as the PDF Debian ships (DocBook, gzipped)
    "valgrind-manual-pdf": Manual("the Valgrind manual (PDF)", "valgrind", Path("/usr/share/doc/valgrind"),
                                  only=("valgrind_manual.pdf.gz",)),
    # the Network UPS Tools user manual as the PDF Debian ships (AsciiDoc)
    "nut-user-manual-pdf": Manual("the NUT user manual (PDF)", "nut-doc", Path("/usr/share/doc/nut-doc/pdf"),
                                  only=("user-manual.pdf",)),
    # five modules of the Node.js API reference as the Markdown it is written in: path, timers, os, readline,
    # events
    "nodejs-api-md": Manual("the Node.js API reference (Markdown)", "nodejs-doc", Path("/usr/share/doc/nodejs/api"),
                            only=("path.md", "timers.md", "os.md", "readline.md", "events.md")),
    # R Installation and Administration, one Texinfo HTML page
    "r-admin": Manual("R Installation and Administration", "r-doc-html", Path("/usr/share/doc/r-doc-html/manual"),
                      only=("R-admin.html",)),
    # the GnuCash Help manual (the program's task reference, not its tutorial guide) as the PDF Debian ships
    "gnucash-help-pdf": Manual("the GnuCash Help manual (PDF)", "gnucash-docs", Path("/usr/share/doc/gnucash-docs"),
                               only=("gnucash-help-en.pdf.gz",)),
    # the Network UPS Tools developer guide as the PDF Debian ships (AsciiDoc)
    "nut-developer-guide-pdf": Manual("the NUT developer guide (PDF)", "nut-doc", Path("/usr/share/doc/nut-doc/pdf"),
                                      only=("developer-guide.pdf",)),
    # R Internals, one Texinfo HTML page
    "r-ints": Manual("R Internals", "r-doc-html", Path("/usr/share/doc/r-doc-html/manual"), only=("R-ints.html",)),
    # two modules of the Node.js API reference as Markdown: child processes and worker threads
    "nodejs-workers-md": Manual("Node.js child processes and worker threads (Markdown)", "nodejs-doc",
                                Path("/usr/share/doc/nodejs/api"), only=("child_process.md", "worker_threads.md")),
    # the Network UPS Tools' four shorter guides as the PDFs Debian ships (AsciiDoc): FAQ, cables, packagers,
    # Solaris USB
    "nut-small-guides-pdf": Manual("the NUT FAQ and short guides (PDF)", "nut-doc", Path("/usr/share/doc/nut-doc/pdf"),
                                   only=("FAQ.pdf", "cables.pdf", "packager-guide.pdf", "solaris-usb.pdf")),
    # Writing R Extensions, one Texinfo HTML page
    "r-exts": Manual("Writing R Extensions", "r-doc-html", Path("/usr/share/doc/r-doc-html/manual"),
                     only=("R-exts.html",)),
    # the Wireshark User's Guide (Asciidoctor HTML, one page per section): the introduction and the chapters on
    # capturing, file input and output, working with captured packets and advanced topics
    "wireshark-guide": Manual("the Wireshark User's Guide (five chapters)", "wireshark-doc",
                              Path("/usr/share/doc/wireshark/wsug_html_chunked"), only=(
        "ChapterIntroduction.html", *(f"ChIntro{name}.html" for name in (
            "Download", "Help", "History", "Maintenance", "Platforms")),
        *(f"ChCap{name}.html" for name in (
            "CaptureFiles", "CaptureFilterSection", "CaptureOptions", "CapturingSection",
            "CompiledFilterOutputSection", "InterfaceSection", "LinkLayerHeader", "PrerequisitesSection",
            "RunningSection")),
        *(f"ChIO{name}.html" for name in (
            "ExportSection", "FileSetSection", "ImportSection", "MergeSection", "OpenSection",
            "PacketFormatSection", "PacketRangeSection", "PrintSection", "SaveSection")),
        *(f"ChWork{name}.html" for name in (
            "BuildDisplayFilterSection", "DefineFilterMacrosSection", "DefineFilterSection",
            "DisplayFilterSection", "DisplayPopUpSection", "FilterAddExpressionSection", "FindPacketSection",
            "GoToPacketSection", "IgnorePacketSection", "MarkPacketSection", "TimeFormatsSection")),
        *(f"ChAdv{name}.html" for name in (
            "Checksums", "Expert", "FollowStreamSection", "NameResolutionSection", "ReassemblySection",
            "ShowPacketBytes", "TCPAnalysis", "Timestamps", "Timezones")))),
    # six of Slurm's hand-written HTML pages: the FAQ, the user and administrator quick starts, job arrays,
    # reservations and troubleshooting
    "slurm-guides": Manual("Slurm's FAQ and guides", "slurm-wlm-doc", Path("/usr/share/doc/slurm-wlm/html"),
                           only=("faq.html", "quickstart.html", "quickstart_admin.html", "job_array.html",
                                 "reservations.html", "troubleshoot.html")),
    # the first six chapters of the SCons user guide (DocBook HTML, one page per section): building simple
    # programs, less simple things, libraries, node objects, dependencies and environments
    "scons-guide": Manual("the SCons user guide (six chapters)", "scons-doc", Path("/usr/share/doc/scons/HTML"),
                          pattern="ch0[1-6]*.html", skip=frozenset()),
    # GNU gettext's FAQ and the first three chapters of its manual (texi2html): introduction, the user's view,
    # the format of PO files
    "gettext-guides": Manual("GNU gettext's FAQ and first chapters", "gettext-doc", Path("/usr/share/doc/gettext"),
                             only=("FAQ.html", "gettext_1.html", "gettext_2.html", "gettext_3.html")),
    # the Linux-PAM System Administrators' Guide (DocBook HTML, one page per section): introduction, overview,
    # configuration, security issues and thirteen of its module pages
    "pam-guide": Manual("the Linux-PAM System Administrators' Guide", "libpam-doc",
                        Path("/usr/share/doc/libpam-doc/html"), only=(
        *(f"sag-{name}.html" for name in (
            "introduction", "overview", "configuration", "configuration-file", "configuration-directory",
            "configuration-example", "security-issues", "security-issues-wrong", "security-issues-other")),
        *(f"sag-pam_{name}.html" for name in (
            "access", "env", "faildelay", "limits", "listfile", "mkhomedir", "nologin", "pwhistory",
            "succeed_if", "time", "umask", "unix", "wheel")))),
    # seven pages of MIT Kerberos's administration guide (Sphinx HTML): account lockout, realm and host
    # configuration, troubleshooting, encryption types, backup KDCs and principal names and DNS
    "krb5-admin": Manual("MIT Kerberos's administration guide (seven pages)", "krb5-doc",
                         Path("/usr/share/doc/krb5-doc/admin"),
                         only=("lockout.html", "realm_config.html", "host_config.html", "troubleshoot.html",
                               "enctypes.html", "backup_host.html", "princ_dns.html")),
    # Open vSwitch's FAQ (Sphinx HTML, one page per topic: general, configuration, design, issues, OpenFlow,
    # QoS, VLANs, VXLANs, releases, terminology)
    "ovs-faq": Manual("the Open vSwitch FAQ", "openvswitch-doc", Path("/usr/share/doc/openvswitch-doc/html/faq"),
                      only=tuple(f"{name}.html" for name in (
                          "general", "configuration", "design", "issues", "openflow", "qos", "vlan", "vxlan",
                          "releases", "terminology"))),
    # twelve pages of the GNU Aspell manual (texinfo HTML): usage, options, suggestion modes, dictionaries,
    # filters and the differences from Ispell
    "aspell-manual": Manual("the GNU Aspell manual (twelve pages)", "aspell-doc",
                            Path("/usr/share/doc/aspell-doc/aspell.html"), only=tuple(f"{name}.html" for name in (
                                "Basic-Usage", "Spellchecking-Individual-Files", "Through-A-Pipe",
                                "Customizing-Aspell", "Specifying-Options", "The-Options",
                                "Notes-on-the-Different-Suggestion-Modes", "Using-Multi-Dictionaries",
                                "Format-of-the-Personal-and-Replacement-Dictionaries", "Differences-From-Ispell",
                                "How-Aspell-Selects-an-Appropriate-Dictionary",
                                "Notes-on-Various-Filters-and-Filter-Modes"))),
    # four pages of the fish shell's documentation (Sphinx HTML): the FAQ, the tutorial, fish for bash users and
    # the design principles
    "fish-docs": Manual("the fish shell's FAQ, tutorial and guides", "fish-common", Path("/usr/share/doc/fish"),
                        only=("faq.html", "tutorial.html", "fish_for_bash_users.html", "design.html")),
    # seventeen sections of the gnuplot 5.4 manual (latex2html, one page per section): introduction, help,
    # changes from version 4, batch use, canvas size, line editing, coordinates, strings, environment, variables,
    # arrays, glossary, data blocks, iteration, line types and styles, layers
    "gnuplot-manual": Manual("the gnuplot manual (seventeen sections)", "gnuplot-doc",
                             Path("/usr/share/doc/gnuplot/htmldocs"), only=tuple(f"node{n}.html" for n in (
                                 3, 4, 27, 30, 33, 34, 36, 37, 40, 61, 62, 67, 68, 69, 70, 76, 77))),
    # eight chapters of The Rust Programming Language (mdBook HTML, a sidebar of every chapter on each page):
    # Cargo, ownership, references, vectors, strings, hash maps, Result, when to panic
    "rust-book": Manual("eight chapters of The Rust Programming Language", "rust-doc",
                        Path("/usr/share/doc/rust-doc/html/book"), only=tuple(f"{name}.html" for name in (
                            "ch01-03-hello-cargo", "ch04-01-what-is-ownership", "ch04-02-references-and-borrowing",
                            "ch08-01-vectors", "ch08-02-strings", "ch08-03-hash-maps",
                            "ch09-02-recoverable-errors-with-result", "ch09-03-to-panic-or-not-to-panic"))),
    # fourteen pages of the GNU Octave manual (texinfo HTML, one page per node; Boolean-Expressions is only a menu
    # of its two subsections, and is skipped as navigation)
    "octave-manual": Manual("the GNU Octave manual (fourteen pages)", "octave-doc",
                            Path("/usr/share/doc/octave/octave.html"), only=tuple(f"{name}.html" for name in (
                                "Basic-Vectorization", "Broadcasting", "Call-by-Value", "Catching-Errors",
                                "Command-Syntax-and-Function-Syntax", "Comma-Separated-Lists", "Boolean-Expressions",
                                "Automatic-Conversion-of-Data-Types", "Anonymous-Functions", "Block-Comments",
                                "Breakpoints", "Advanced-Indexing", "Bug-Criteria", "Character-Arrays"))),
    # twelve of Mercurial's help topics, as the plain-text (reStructuredText) files `hg help` reads: phases,
    # revisions, subrepositories, scripting, the glossary, URLs, file patterns, environment variables, merge tools,
    # colour, bundle specifications and the pager
    "mercurial-help": Manual("twelve of Mercurial's help topics", "mercurial-common",
                             Path("/usr/lib/python3/dist-packages/mercurial/helptext"), only=tuple(
                                 f"{name}.txt" for name in ("phases", "revisions", "subrepos", "scripting", "glossary",
                                                            "urls", "patterns", "environment", "merge-tools", "color",
                                                            "bundlespec", "pager"))),
    # the ELinks manual (one AsciiDoc HTML page)
    "elinks-manual": Manual("the ELinks manual", "elinks-doc", Path("/usr/share/doc/elinks"), only=("manual.html",)),
    # two articles of the Go documentation (HTML): the Go memory model and the quick guide to Go's assembler
    "go-articles": Manual("the Go memory model and the guide to Go's assembler", "golang-1.19-doc",
                          Path("/usr/share/doc/golang-1.19-doc/html"), only=("go_mem.html", "asm.html")),
    # six pages of ImageMagick 6's website (HTML): its architecture, command-line processing, enciphering images,
    # color management, high dynamic range and security policy
    "imagemagick-pages": Manual("six pages of ImageMagick's documentation", "imagemagick-6-doc",
                                Path("/usr/share/doc/imagemagick-6-common/html/www"), only=(
                                    "architecture.html", "command-line-processing.html", "cipher.html",
                                    "color-management.html", "high-dynamic-range.html", "security-policy.html")),
    # three chapters of The Rust Programming Language (mdBook HTML): error handling (9), smart pointers
    # (15) and fearless concurrency (16), each chapter's opening page and its sections
    "rust-book-chapters": Manual("three chapters of The Rust Programming Language", "rust-doc",
                                 Path("/usr/share/doc/rust-doc/html/book"), only=tuple(
                                     f"ch{name}.html" for name in (
                                         "09-00-error-handling", "09-01-unrecoverable-errors-with-panic",
                                         "09-02-recoverable-errors-with-result", "09-03-to-panic-or-not-to-panic",
                                         "15-00-smart-pointers", "15-01-box", "15-02-deref", "15-03-drop",
                                         "15-04-rc", "15-05-interior-mutability", "15-06-reference-cycles",
                                         "16-00-concurrency", "16-01-threads", "16-02-message-passing",
                                         "16-03-shared-state", "16-04-extensible-concurrency-sync-and-send"))),
    # the fourteen "concepts" pages of the GIMP user manual (DocBook HTML): brushes, docks, gradients, grids and
    # guides, layer modes, the main windows, palettes, patterns, Script-Fu, setup, shortcuts and undo
    "gimp-concepts": Manual("the GIMP manual's concepts pages", "gimp-help-en",
                            Path("/usr/share/gimp/2.0/help/en"), pattern="gimp-concepts-*.html"),
    # the SBCL User Manual (one Texinfo HTML page)
    "sbcl-manual": Manual("the SBCL User Manual", "sbcl-doc", Path("/usr/share/doc/sbcl"), only=("sbcl.html",)),
    # GNU nano's manual and FAQ (two HTML pages)
    "nano-docs": Manual("GNU nano's manual and FAQ", "nano", Path("/usr/share/doc/nano"),
                        only=("nano.html", "faq.html")),
    # irssi's startup HOWTO, FAQ and design notes (HTML) and its manual and Perl scripting notes (text)
    "irssi-docs": Manual("irssi's documentation", "irssi", Path("/usr/share/doc/irssi"),
                         only=("startup-HOWTO.html", "faq.html", "design.html", "manual.txt", "perl.txt")),
    # the calcurse manual (one AsciiDoc HTML page)
    "calcurse-manual": Manual("the calcurse manual", "calcurse", Path("/usr/share/doc/calcurse"),
                              only=("manual.html",)),
    # Maxima's introduction (a tutorial) and two pages of its reference manual (lists, function definition)
    "maxima-intro": Manual("Maxima's introduction and two reference pages", "maxima-doc",
                           Path("/usr/share/doc/maxima-doc/html"),
                           only=("intromax.html", "maxima_21.html", "maxima_164.html")),
    # six sections of the SWI-Prolog reference manual
    "swi-prolog-sections": Manual("six sections of the SWI-Prolog Reference Manual", "swi-prolog-doc",
                                  Path("/usr/share/doc/swi-prolog-doc/Manual"),
                                  only=("DCG.html", "autoload.html", "attvar.html", "breakpoint.html", "64bits.html",
                                        "WFS.html")),
    # seven chapters of the Erlang/OTP Efficiency Guide
    "erlang-efficiency": Manual("seven chapters of the Erlang Efficiency Guide", "erlang-doc",
                                Path("/usr/share/doc/erlang-doc/doc/efficiency_guide"),
                                only=("myths.html", "commoncaveats.html", "listHandling.html", "processes.html",
                                      "functions.html", "maps.html", "tablesDatabases.html")),
    # three chapters of Erlang's Getting Started guide
    "erlang-getting-started": Manual("three chapters of Getting Started with Erlang", "erlang-doc",
                                     Path("/usr/share/doc/erlang-doc/doc/getting_started"),
                                     only=("robustness.html", "record_macros.html", "conc_prog.html")),
    # eight pages of Flask's documentation (Sphinx HTML): quickstart, configuration, blueprints, the application
    # context, error handling, security, design decisions and testing
    "flask-docs": Manual("eight pages of Flask's documentation", "python-flask-doc",
                         Path("/usr/share/doc/python-flask-doc/html"),
                         only=("quickstart.html", "config.html", "blueprints.html", "appcontext.html",
                               "errorhandling.html", "security.html", "design.html", "testing.html")),
    # eight of pytest's how-to guides (Sphinx HTML): fixtures, parametrizing, skipping, monkeypatching,
    # temporary directories, capturing output, assertions and marks
    "pytest-howtos": Manual("eight of pytest's how-to guides", "python-pytest-doc",
                            Path("/usr/share/doc/python-pytest-doc/html/how-to"),
                            only=("fixtures.html", "parametrize.html", "skipping.html", "monkeypatch.html",
                                  "tmp_path.html", "capture-stdout-stderr.html", "assert.html", "mark.html")),
    # eight pages of Click's documentation (Sphinx HTML): why Click, parameters, options, arguments, commands,
    # prompts, utilities and testing
    "click-docs": Manual("eight pages of Click's documentation", "python-click-doc",
                         Path("/usr/share/doc/python-click-doc/html"),
                         only=("why.html", "parameters.html", "options.html", "arguments.html", "commands.html",
                               "prompts.html", "utils.html", "testing.html")),
    # four pages of Jinja's documentation (Sphinx HTML): the template designer documentation, the sandbox, tricks
    # and the FAQ
    "jinja-docs": Manual("four pages of Jinja's documentation", "python-jinja2-doc",
                         Path("/usr/share/doc/python-jinja2-doc/html"),
                         only=("templates.html", "sandbox.html", "tricks.html", "faq.html")),
    # seven pages of mypy's documentation (Sphinx HTML): getting started, running mypy, common issues, using mypy
    # with existing code, type inference and annotations, protocols, final names
    "mypy-docs": Manual("seven pages of mypy's documentation", "mypy-doc", Path("/usr/share/doc/mypy/html"),
                        only=("getting_started.html", "running_mypy.html", "common_issues.html", "existing_code.html",
                              "type_inference_and_annotations.html", "protocols.html", "final_attrs.html")),
    # Celery's getting-started guides and FAQ (Sphinx HTML): introduction, first steps, next steps, the FAQ
    "celery-guides": Manual("Celery's getting-started guides and FAQ", "python-celery-doc",
                            Path("/usr/share/doc/python-celery-doc/html"),
                            only=("getting-started/introduction.html", "getting-started/first-steps-with-celery.html",
                                  "getting-started/next-steps.html", "faq.html")),
    # six pages of Hypothesis's documentation (Sphinx HTML): quickstart, details, settings, reproducing failures,
    # health checks and the manifesto
    "hypothesis-docs": Manual("six pages of Hypothesis's documentation", "python-hypothesis-doc",
                              Path("/usr/share/doc/python-hypothesis-doc/html"),
                              only=("quickstart.html", "details.html", "settings.html", "reproducing.html",
                                    "healthchecks.html", "manifesto.html")),
    # four pages of Requests' documentation (Sphinx HTML): quickstart, advanced usage, authentication, the FAQ
    "requests-docs": Manual("four pages of Requests' documentation", "python-requests-doc",
                            Path("/usr/share/doc/python-requests-doc/html"),
                            only=("user/quickstart.html", "user/advanced.html", "user/authentication.html",
                                  "community/faq.html")),
    # eight pages of attrs' documentation (Sphinx HTML): overview, why not ..., initialization, hashing,
    # comparison, names, how it works, type annotations
    "attrs-docs": Manual("eight pages of attrs' documentation", "python-attr-doc",
                         Path("/usr/share/doc/python-attr-doc/html"),
                         only=("overview.html", "why.html", "init.html", "hashing.html", "comparison.html",
                               "names.html", "how-does-it-work.html", "types.html")),
    # six pages of Babel's documentation (Sphinx HTML): introduction, locale data, dates, numbers, messages and
    # the command-line interface
    "babel-docs": Manual("six pages of Babel's documentation", "python-babel-doc",
                         Path("/usr/share/doc/python-babel-doc/html"),
                         only=("intro.html", "locale.html", "dates.html", "numbers.html", "messages.html",
                               "cmdline.html")),
    # seven pages of Werkzeug's documentation (Sphinx HTML): quickstart, routing, context locals, unicode,
    # request data, the development server and important terms
    "werkzeug-docs": Manual("seven pages of Werkzeug's documentation", "python-werkzeug-doc",
                            Path("/usr/share/doc/python-werkzeug-doc/html"),
                            only=("quickstart.html", "routing.html", "local.html", "unicode.html",
                                  "request_data.html", "serving.html", "terms.html")),
    # Tornado's user's guide (Sphinx HTML): introduction, asynchronous I/O, coroutines, queues, structure of an
    # application, templates, authentication and security, running and deploying
    "tornado-guide": Manual("Tornado's user's guide", "python-tornado-doc",
                            Path("/usr/share/doc/python-tornado-doc/html/guide"),
                            only=("intro.html", "async.html", "coroutines.html", "queues.html", "structure.html",
                                  "templates.html", "security.html", "running.html")),
    # six of Scrapy's topic pages (Sphinx HTML): the overview, architecture, AutoThrottle, broad crawls, pausing
    # and resuming jobs, common practices
    "scrapy-topics": Manual("six of Scrapy's topic pages", "python-scrapy-doc",
                            Path("/usr/share/doc/python-scrapy-doc/html"),
                            only=("intro/overview.html", "topics/architecture.html", "topics/autothrottle.html",
                                  "topics/broad-crawls.html", "topics/jobs.html", "topics/practices.html")),
    # eight of Black's pages (Sphinx HTML): getting started, the FAQ, the code style, usage, file discovery, two
    # guides, version control integration
    "black-docs": Manual("eight of Black's documentation pages", "python-black-doc",
                         Path("/usr/share/doc/python-black-doc/html"),
                         only=("getting_started.html", "faq.html", "the_black_code_style/current_style.html",
                               "usage_and_configuration/the_basics.html",
                               "usage_and_configuration/file_collection_and_discovery.html",
                               "guides/introducing_black_to_your_project.html",
                               "guides/using_black_with_other_tools.html",
                               "integrations/source_version_control.html")),
    # eight of doit's pages (Sphinx HTML): tasks, dependencies, task creation, running, up-to-date checks, task
    # arguments, configuration, the FAQ
    "doit-docs": Manual("eight of doit's documentation pages", "python-doit-doc",
                        Path("/usr/share/doc/python-doit-doc/html"),
                        only=("tasks.html", "dependencies.html", "task_creation.html", "cmd_run.html", "uptodate.html",
                              "task_args.html", "configuration.html", "faq.html")),
    # six of Mako's pages (Sphinx HTML): syntax, defs and blocks, inheritance, filtering, caching, usage
    "mako-docs": Manual("six of Mako's documentation pages", "python-mako-doc",
                        Path("/usr/share/doc/python-mako-doc/html"),
                        only=("syntax.html", "defs.html", "inheritance.html", "filtering.html", "caching.html",
                              "usage.html")),
    # five of behave's pages (Sphinx HTML): the tutorial, Gherkin, practical tips, fixtures, philosophy
    "behave-docs": Manual("five of behave's documentation pages", "python-behave-doc",
                          Path("/usr/share/doc/python-behave-doc/html"),
                          only=("tutorial.html", "gherkin.html", "practical_tips.html", "fixtures.html",
                                "philosophy.html")),
    # eight of cmd2's feature pages (Sphinx HTML): history, redirection, multiline commands, settings, shortcuts,
    # aliases and macros, startup commands, scripting, transcripts
    "cmd2-features": Manual("eight of cmd2's feature pages", "python-cmd2-doc",
                            Path("/usr/share/doc/python-cmd2-doc/html/features"),
                            only=("history.html", "redirection.html", "multiline_commands.html", "settings.html",
                                  "shortcuts_aliases_macros.html", "startup_commands.html", "scripting.html",
                                  "transcripts.html")),
    # kombu's user guide (Sphinx HTML): introduction, connections, producers, consumers, serialization, pools,
    # the simple interface, failover, and the FAQ
    "kombu-guide": Manual("kombu's user guide", "python-kombu-doc", Path("/usr/share/doc/python-kombu-doc/html"),
                          only=("userguide/introduction.html", "userguide/connections.html",
                                "userguide/producers.html", "userguide/consumers.html", "userguide/serialization.html",
                                "userguide/pools.html", "userguide/simple.html", "userguide/failover.html",
                                "faq.html")),
    # twelve of cookiecutter's advanced-usage pages (Sphinx HTML): hooks, replay, user config, choice and dict
    # variables, copying without rendering, suppressing prompts, templates in context, template extensions,
    # injecting context, calling from Python, directories
    "cookiecutter-advanced": Manual("twelve of cookiecutter's advanced-usage pages", "python-cookiecutter-doc",
                                    Path("/usr/share/doc/python-cookiecutter-doc/html/advanced"),
                                    only=("hooks.html", "replay.html", "user_config.html", "choice_variables.html",
                                          "dict_variables.html", "copy_without_render.html",
                                          "suppressing_prompts.html", "templates_in_context.html",
                                          "template_extensions.html", "injecting_context.html",
                                          "calling_from_python.html", "directories.html")),
    # six of Logbook's pages (Sphinx HTML): quickstart, setups, stacks, the design explained and defended,
    # performance
    "logbook-docs": Manual("six of Logbook's documentation pages", "python-logbook-doc",
                           Path("/usr/share/doc/python-logbook-doc/html"),
                           only=("quickstart.html", "setups.html", "stacks.html", "designexplained.html",
                                 "designdefense.html", "performance.html")),

    # five of factory_boy's pages (Sphinx HTML): the introduction, recipes, ORMs, examples, fuzzy attributes
    "factory-boy-docs": Manual("five of factory_boy's documentation pages", "python-factory-boy-doc",
                               Path("/usr/share/doc/python-factory-boy-doc/html"),
                               only=("introduction.html", "recipes.html", "orms.html", "examples.html",
                                     "fuzzy.html")),
    # natsort's guide pages (Sphinx HTML): how it works, examples, locale issues, the shell script
    "natsort-docs": Manual("four of natsort's documentation pages", "python-natsort-doc",
                           Path("/usr/share/doc/python-natsort-doc/html"),
                           only=("howitworks.html", "examples.html", "locale_issues.html", "shell.html")),

    "structlog-docs": Manual("six of structlog's documentation pages", "python-structlog-doc",
                             Path("/usr/share/doc/python-structlog-doc/html"),
                             only=("why.html", "getting-started.html", "bound-loggers.html", "performance.html",
                                   "logging-best-practices.html", "processors.html")),

    "pexpect-docs": Manual("four of Pexpect's documentation pages", "python-pexpect-doc",
                           Path("/usr/share/doc/python-pexpect-doc/html"),
                           only=("overview.html", "commonissues.html", "FAQ.html", "install.html")),

    "coverage-docs": Manual("seven of Coverage.py's documentation pages", "python-coverage-doc",
                            Path("/usr/share/doc/python-coverage-doc/html"),
                            only=("branch.html", "excluding.html", "howitworks.html", "subprocess.html",
                                  "source.html", "faq.html", "contexts.html")),

    "waitress-docs": Manual("seven of Waitress's documentation pages", "python-waitress-doc",
                            Path("/usr/share/doc/python-waitress-doc/html"),
                            only=("design.html", "differences.html", "reverse-proxy.html", "logging.html",
                                  "filewrapper.html", "socket-activation.html", "usage.html")),

    "whoosh-guides": Manual("eight of Whoosh's guides", "python-whoosh-doc",
                            Path("/usr/share/doc/python-whoosh-doc/html"),
                            only=("intro.html", "batch.html", "dates.html", "keywords.html", "nested.html",
                                  "spelling.html", "stemming.html", "threads.html")),

    "bleach-docs": Manual("four of Bleach's documentation pages", "python-bleach-doc",
                          Path("/usr/share/doc/python-bleach-doc/html"),
                          only=("goals.html", "clean.html", "linkify.html", "migrating.html")),

    "itsdangerous-docs": Manual("seven of ItsDangerous's documentation pages", "python-itsdangerous-doc",
                                Path("/usr/share/doc/python-itsdangerous-doc/html"),
                                only=("concepts.html", "signer.html", "serializer.html", "timed.html", "url_safe.html",
                                      "encoding.html", "exceptions.html")),

    "whoosh-topics": Manual("six more of Whoosh's guides", "python-whoosh-doc",
                            Path("/usr/share/doc/python-whoosh-doc/html"),
                            only=("analysis.html", "schema.html", "searching.html", "indexing.html", "highlight.html",
                                  "querylang.html")),

    "lxml-guides": Manual("six of lxml's guides", "python-lxml-doc", Path("/usr/share/doc/python-lxml/html"),
                          only=("FAQ.html", "intro.html", "compatibility.html", "performance.html", "resolvers.html",
                                "html5parser.html")),

    "mutagen-guide": Manual("Mutagen's user guide", "python-mutagen-doc",
                            Path("/usr/share/doc/python-mutagen-doc/html/user"),
                            only=("gettingstarted.html", "id3.html", "vcomment.html", "filelike.html", "padding.html",
                                  "classes.html", "apev2.html", "mp4.html")),

    "configobj-docs": Manual("ConfigObj's two manuals (ConfigObj and validate)", "python-configobj-doc",
                             Path("/usr/share/doc/python-configobj-doc/html"),
                             only=("configobj.html", "validate.html")),

    "arrow-guide": Manual("Arrow's user guide", "python-arrow-doc", Path("/usr/share/doc/python-arrow-doc/html"),
                          only=("index.html",)),

    "lxml-topics": Manual("five more of lxml's guides", "python-lxml-doc", Path("/usr/share/doc/python-lxml/html"),
                          only=("parsing.html", "xpathxslt.html", "validation.html", "lxmlhtml.html",
                                "cssselect.html")),

    "tenacity-docs": Manual("Tenacity's documentation page", "python-tenacity-doc",
                            Path("/usr/share/doc/python-tenacity-doc/html"), only=("index.html",)),

    "sqlparse-docs": Manual("four of sqlparse's documentation pages", "python-sqlparse-doc",
                            Path("/usr/share/doc/python-sqlparse-doc/html"),
                            only=("index.html", "intro.html", "analyzing.html", "ui.html")),

    "lxml-tutorial": Manual("lxml's ElementTree tutorial", "python-lxml-doc", Path("/usr/share/doc/python-lxml/html"),
                            only=("tutorial.html",)),

    "bottle-guides": Manual("six of Bottle's guides", "python-bottle-doc",
                            Path("/usr/share/doc/python-bottle-doc/html"),
                            only=("routing.html", "configuration.html", "deployment.html", "faq.html", "stpl.html",
                                  "recipes.html")),

    "chardet-docs": Manual("five of chardet's documentation pages", "python-chardet-doc",
                           Path("/usr/share/doc/python-chardet-doc/html"),
                           only=("index.html", "usage.html", "how-it-works.html", "supported-encodings.html",
                                 "faq.html")),

    "bidict-docs": Manual("five of bidict's documentation pages", "python-bidict-doc",
                          Path("/usr/share/doc/python-bidict-doc/html"),
                          only=("intro.html", "basic-usage.html", "other-bidict-types.html", "other-functionality.html",
                                "learning-from-bidict.html")),

    "bottle-tutorial": Manual("Bottle's tutorial", "python-bottle-doc", Path("/usr/share/doc/python-bottle-doc/html"),
                              only=("tutorial.html",)),

    "ply-manual": Manual("the PLY (Python Lex-Yacc) manual", "python-ply-doc", Path("/usr/share/doc/python-ply-doc"),
                         only=("ply.html",)),

    "simpy-guides": Manual("SimPy's introduction and topical guides", "python-simpy3-doc",
                           Path("/usr/share/doc/python-simpy3-doc/html"),
                           only=("simpy_intro/basic_concepts.html", "simpy_intro/process_interaction.html",
                                 "simpy_intro/shared_resources.html", "topical_guides/simpy_basics.html",
                                 "topical_guides/environments.html", "topical_guides/events.html",
                                 "topical_guides/time_and_scheduling.html", "topical_guides/resources.html",
                                 "topical_guides/real-time-simulations.html", "topical_guides/monitoring.html",
                                 "about/defense_of_design.html")),

    "vcr-docs": Manual("six of VCR.py's documentation pages", "python-vcr-doc",
                       Path("/usr/share/doc/python-vcr-doc/html"),
                       only=("index.html", "installation.html", "usage.html", "configuration.html", "advanced.html",
                             "debugging.html")),

    "pika-docs": Manual("Pika's introduction, FAQ and six usage examples", "python-pika-doc",
                        Path("/usr/share/doc/python-pika-doc/html"),
                        only=("intro.html", "faq.html", "examples/comparing_publishing_sync_async.html",
                              "examples/heartbeat_and_blocked_timeouts.html", "examples/using_urlparameters.html",
                              "examples/tls_server_authentication.html",
                              "examples/blocking_delivery_confirmations.html", "examples/direct_reply_to.html")),

    "sortedcontainers-docs": Manual("three of Sorted Containers' documentation pages", "python-sortedcontainers-doc",
                                    Path("/usr/share/doc/python-sortedcontainers-doc/html"),
                                    only=("index.html", "introduction.html", "implementation.html")),

    "markdown-extensions": Manual("Python-Markdown's extension pages", "python-markdown-doc",
                                  Path("/usr/share/doc/python-markdown-doc/docs/extensions"),
                                  only=("abbreviations.html", "admonition.html", "attr_list.html", "code_hilite.html",
                                        "definition_lists.html", "fenced_code_blocks.html", "footnotes.html",
                                        "md_in_html.html", "toc.html", "tables.html", "smarty.html",
                                        "sane_lists.html", "wikilinks.html")),

    "yoyo-docs": Manual("the yoyo-migrations documentation", "python-yoyo-doc",
                        Path("/usr/share/doc/python-yoyo-doc/html"), only=("index.html",)),

    "cachelib-docs": Manual("CacheLib's documentation", "python-cachelib-doc",
                            Path("/usr/share/doc/python3-cachelib/html"),
                            only=("index.html", "base.html", "simple.html", "file.html", "redis.html", "memcached.html",
                                  "uwsgi.html")),

    "wrapt-docs": Manual("seven of wrapt's documentation pages", "python-wrapt-doc",
                         Path("/usr/share/doc/python-wrapt-doc/html"),
                         only=("quick-start.html", "decorators.html", "wrappers.html", "examples.html", "issues.html",
                               "testing.html", "benchmarks.html")),

    "urwid-manual": Manual("the Urwid manual", "python-urwid-doc", Path("/usr/share/doc/python-urwid-doc/html/manual"),
                           only=("overview.html", "mainloop.html", "displaymodules.html", "displayattributes.html",
                                 "userinput.html", "textlayout.html", "encodings.html", "canvascache.html",
                                 "widgets.html")),

    "pygments-docs": Manual("thirteen of Pygments' documentation pages", "python-pygments-doc",
                            Path("/usr/share/doc/python-pygments-doc/html"),
                            only=("faq.html", *(f"docs/{name}.html" for name in (
                                "quickstart", "cmdline", "filters", "styles", "lexerdevelopment",
                                "formatterdevelopment", "integrate", "unicode", "tokens", "security",
                                "terminal-sessions", "plugins")))),

    "urwid-tutorial": Manual("the Urwid tutorial", "python-urwid-doc", Path("/usr/share/doc/python-urwid-doc/html"),
                             only=("tutorial/index.html",)),

    "cherrypy-docs": Manual("seven of CherryPy's documentation pages", "python-cherrypy3-doc",
                        Path("/usr/share/doc/python-cherrypy3-doc/html"),
                        only=("intro.html", "install.html", "basics.html", "advanced.html", "config.html",
                              "extend.html", "deploy.html")),

    "webob-tutorials": Manual("WebOb's do-it-yourself framework tutorial and two examples", "python-webob-doc",
                                Path("/usr/share/doc/python-webob-doc"),
                                only=("do-it-yourself.html", "comment-example.html", "file-example.html")),

    "testfixtures-docs": Manual("ten of testfixtures' documentation pages", "python-testfixtures-doc",
                                  Path("/usr/share/doc/python3-testfixtures/html"),
                                  only=("comparing.html", "datetime.html", "exceptions.html", "files.html",
                                        "logging.html", "mocking.html", "popen.html", "streams.html",
                                        "components.html", "django.html")),

    "flask-login-docs": Manual("the Flask-Login documentation", "python-flask-login-doc",
                                 Path("/usr/share/doc/python-flask-login-doc/html"),
                                 only=("index.html",)),

    "requests-toolbelt-docs": Manual("ten of requests-toolbelt's documentation pages", "python-requests-toolbelt-doc",
                                       Path("/usr/share/doc/python-requests-toolbelt-doc/html"),
                                       only=("adapters.html", "authentication.html", "downloadutils.html",
                                             "dumputils.html", "formdata.html", "sessions.html", "threading.html",
                                             "uploading-data.html", "user-agent.html", "user.html")),

    "tablib-docs": Manual("five of Tablib's documentation pages", "python-tablib-doc",
                            Path("/usr/share/doc/python-tablib-doc/html"),
                            only=("intro.html", "install.html", "tutorial.html", "formats.html", "development.html")),

    "peewee-guides": Manual("three of peewee's guides", "python-peewee-doc",
                              Path("/usr/share/doc/python-peewee-doc/html/peewee"),
                              only=("models.html", "hacks.html", "query_operators.html")),

    "cattrs-docs": Manual("four of cattrs' documentation pages", "python-cattrs-doc",
                            Path("/usr/share/doc/python-cattrs-doc/html"),
                            only=("readme.html", "customizing.html", "converters.html", "preconf.html")),

    "fsspec-docs": Manual("five of fsspec's documentation pages", "python-fsspec-doc",
                            Path("/usr/share/doc/python-fsspec-doc/html"),
                            only=("intro.html", "usage.html", "features.html", "async.html", "developer.html")),

    "icalendar-docs": Manual("four of icalendar's documentation pages", "python-icalendar-doc",
                               Path("/usr/share/doc/python-icalendar-doc/html"),
                               only=("about.html", "usage.html", "cli.html", "install.html")),

    "limits-docs": Manual("six of limits' documentation pages", "python-limits-doc",
                            Path("/usr/share/doc/python-limits-doc/html"),
                            only=("index.html", "quickstart.html", "strategies.html", "storage.html",
                                  "custom-storage.html", "async.html")),

    "flask-limiter-docs": Manual("six of Flask-Limiter's documentation pages", "python-flask-limiter-doc",
                                   Path("/usr/share/doc/python-flask-limiter-doc/html"),
                                   only=("index.html", "configuration.html", "recipes.html", "strategies.html",
                                         "misc.html", "cli.html")),

    "eventlet-docs": Manual("six of Eventlet's documentation pages", "python-eventlet-doc",
                              Path("/usr/share/doc/python-eventlet-doc/html"),
                              only=("index.html", "basic_usage.html", "design_patterns.html", "environment.html",
                                    "hubs.html", "history.html")),

    "wtforms-docs": Manual("seven of WTForms' documentation pages", "python-wtforms-doc",
                             Path("/usr/share/doc/python-wtforms-doc/html"),
                             only=("crash_course.html", "forms.html", "csrf.html", "i18n.html", "meta.html",
                                   "specific_problems.html", "faq.html")),

    "pecan-docs": Manual("eleven of Pecan's documentation pages", "python-pecan-doc",
                           Path("/usr/share/doc/python-pecan-doc/html"),
                           only=("index.html", "installation.html", "commands.html", "configuration.html",
                                 "contextlocals.html", "databases.html", "deployment.html", "errors.html",
                                 "forms.html", "hooks.html", "jsonify.html")),

    "stevedore-docs": Manual("six of stevedore's user guide pages", "python-stevedore-doc",
                               Path("/usr/share/doc/python-stevedore-doc/html/user"),
                               only=("tutorial/creating_plugins.html", "tutorial/loading.html",
                                     "tutorial/naming.html", "patterns_enabling.html", "patterns_loading.html",
                                     "essays/pycon2013.html")),

    "nose2-docs": Manual("seven of nose2's documentation pages", "python-nose2-doc",
                           Path("/usr/share/doc/python-nose2/html"),
                           only=("getting_started.html", "usage.html", "configuration.html", "differences.html",
                                 "params.html", "decorators.html", "tools.html")),

    "webtest-docs": Manual("six of WebTest's documentation pages", "python-webtest-doc",
                             Path("/usr/share/doc/python-webtest-doc"),
                             only=("index.html", "testapp.html", "testresponse.html", "forms.html", "debugapp.html",
                                   "webtest.html")),

    "pint-guides": Manual("nine of Pint's guides", "python-pint-doc",
                            Path("/usr/share/doc/python-pint-doc/html"),
                            only=("tutorial.html", "defining-quantities.html", "contexts.html", "nonmult.html",
                                  "formatting.html", "wrapping.html", "systems.html", "measurement.html",
                                  "performance.html")),

    "simplejson-docs": Manual("the simplejson documentation", "python-simplejson-doc",
                                Path("/usr/share/doc/python-simplejson-doc"),
                                only=("index.html",)),

    "gevent-docs": Manual("six of gevent's documentation pages", "python-gevent-doc",
                            Path("/usr/share/doc/python-gevent-doc/html"),
                            only=("intro.html", "install.html", "configuration.html", "monitoring.html",
                                  "servers.html", "loop_impls.html")),

    "paste-docs": Manual("five of Paste's documentation pages", "python-paste-doc",
                           Path("/usr/share/doc/python-paste-doc/html"),
                           only=("do-it-yourself-framework.html", "developer-features.html",
                                 "DeveloperGuidelines.html", "StyleGuide.html", "future.html")),

    "pyramid-jinja2-docs": Manual("the pyramid_jinja2 documentation", "python-pyramid-jinja2-doc",
                                    Path("/usr/share/doc/python-pyramid-jinja2-doc/_build/html"),
                                    only=("index.html",)),

    "humanfriendly-docs": Manual("humanfriendly's overview and README", "python-humanfriendly-doc",
                                 Path("/usr/share/doc/python-humanfriendly-doc/html"),
                                 only=("index.html", "readme.html")),

    "betamax-docs": Manual("ten of Betamax's documentation pages", "python-betamax-doc",
                           Path("/usr/share/doc/python-betamax-doc/html"),
                           only=("introduction.html", "configuring.html", "cassettes.html", "record_modes.html",
                                 "matchers.html", "serializers.html", "long_term_usage.html", "usage_patterns.html",
                                 "integrations.html", "implementation_details.html")),

    "waffle-docs": Manual("twelve of django-waffle's documentation pages", "python-django-waffle-doc",
                          Path("/usr/share/doc/python-django-waffle-doc/html"),
                          only=("about/why-waffle.html", "starting/installation.html", "starting/configuring.html",
                                "types/flag.html", "types/switch.html", "types/sample.html", "usage/views.html",
                                "usage/templates.html", "usage/decorators.html", "usage/cli.html",
                                "testing/automated.html", "testing/user.html")),

    "greenlet-docs": Manual("nine of greenlet's documentation pages", "python-greenlet-doc",
                            Path("/usr/share/doc/python-greenlet-doc/html"),
                            only=("greenlet.html", "creating_executing_greenlets.html", "switching.html",
                                  "python_threads.html", "contextvars.html", "greenlet_gc.html", "tracing.html",
                                  "caveats.html", "history.html")),

    "uvicorn-docs": Manual("four of Uvicorn's documentation pages", "python-uvicorn-doc",
                           Path("/usr/share/doc/python-uvicorn-doc/html"),
                           only=("index.html", "deployment/index.html", "server-behavior/index.html",
                                 "settings/index.html")),

    "requests-mock-docs": Manual("nine of requests-mock's documentation pages", "python-requests-mock-doc",
                                 Path("/usr/share/doc/python-requests-mock-doc/html"),
                                 only=("overview.html", "mocker.html", "matching.html", "response.html",
                                       "adapter.html", "fixture.html", "pytest.html", "knownissues.html",
                                       "history.html")),

    "semantic-version-docs": Manual("the semantic_version documentation", "python-semantic-version-doc",
                                    Path("/usr/share/doc/python-semantic-version-doc/html"),
                                    only=("introduction.html", "guide.html", "reference.html", "django.html",
                                          "credits.html")),

    "flask-httpauth-docs": Manual("the Flask-HTTPAuth documentation", "python-flask-httpauth-doc",
                                  Path("/usr/share/doc/python-flask-httpauth-doc/html"), only=("index.html",)),

    "blinker-docs": Manual("the Blinker documentation", "python-blinker-doc",
                           Path("/usr/share/doc/python-blinker-doc/html"), only=("index.html",)),

    "treq-docs": Manual("treq's documentation pages", "python-treq-doc", Path("/usr/share/doc/python-treq-doc/html"),
                        only=("index.html", "howto.html", "testing.html", "api.html")),

    "sybil-docs": Manual("five of Sybil's documentation pages", "python-sybil-doc",
                         Path("/usr/share/doc/python3-sybil/html"),
                         only=("index.html", "use.html", "parsers.html", "api.html", "development.html")),

    "argon2-docs": Manual("seven of argon2-cffi's documentation pages", "python-argon2-doc",
                          Path("/usr/share/doc/python-argon2-doc/html"),
                          only=("argon2.html", "parameters.html", "faq.html", "installation.html", "api.html",
                                "cli.html", "backward-compatibility.html")),

    "jsonpickle-docs": Manual("four of jsonpickle's documentation pages", "python-jsonpickle-doc",
                              Path("/usr/share/doc/python-jsonpickle-doc/html"),
                              only=("index.html", "api.html", "extensions.html", "contrib.html")),
    "toolz-docs": Manual("nine of toolz's documentation pages", "python-toolz-doc",
                         Path("/usr/share/doc/python-toolz-doc/html"),
                         only=("composition.html", "control.html", "curry.html", "heritage.html", "laziness.html",
                               "parallelism.html", "purity.html", "streaming-analytics.html", "tips-and-tricks.html")),

    "trio-websocket-docs": Manual("six of trio-websocket's documentation pages", "python-trio-websocket-doc",
                                  Path("/usr/share/doc/python-trio-websocket-doc/html"),
                                  only=("getting_started.html", "clients.html", "servers.html", "timeouts.html",
                                        "backpressure.html", "recipes.html")),

    "webassets-docs": Manual("eight of webassets' documentation pages", "python-webassets-doc",
                             Path("/usr/share/doc/python-webassets-doc/html"),
                             only=("bundles.html", "environment.html", "expiring.html", "custom_filters.html",
                                   "faq.html", "loaders.html", "script.html", "upgrading.html")),

    "uncertainties-docs": Manual("four of the uncertainties package's guides", "python-uncertainties-doc",
                                 Path("/usr/share/doc/python-uncertainties-doc/html"),
                                 only=("index.html", "user_guide.html", "numpy_guide.html", "tech_guide.html")),

    "dogpile-cache-docs": Manual("three of dogpile.cache's guides", "python-dogpile.cache-doc",
                                 Path("/usr/share/doc/python-dogpile.cache-doc/html"),
                                 only=("usage.html", "core_usage.html", "recipes.html")),

    "stestr-docs": Manual("stestr's manual and README", "python-stestr-doc",
                          Path("/usr/share/doc/python-stestr-doc/html"), only=("MANUAL.html", "README.html")),

    "pastedeploy-docs": Manual("the Paste Deployment documentation and news", "python-pastedeploy-doc",
                               Path("/usr/share/doc/python-pastedeploy-doc/html"), only=("index.html", "news.html")),

    "wsproto-docs": Manual("three of wsproto's documentation pages", "python-wsproto-doc",
                           Path("/usr/share/doc/python-wsproto-doc/html"),
                           only=("installation.html", "basic-usage.html", "advanced-usage.html")),

    "logzero-docs": Manual("the logzero documentation", "python-logzero-doc",
                           Path("/usr/share/doc/python-logzero-doc/html"), only=("index.html",)),

    "pygtrie-docs": Manual("the pygtrie documentation", "python-pygtrie-doc",
                           Path("/usr/share/doc/python-pygtrie-doc/html"), only=("index.html",)),

    "cbor2-docs": Manual("four of cbor2's documentation pages", "python-cbor2-doc",
                         Path("/usr/share/doc/python-cbor2-doc/html"),
                         only=("index.html", "usage.html", "customizing.html", "versionhistory.html")),

    "hiro-docs": Manual("two of hiro's documentation pages", "python-hiro-doc",
                        Path("/usr/share/doc/python-hiro-doc/html"), only=("index.html", "intro.html")),

    "nox-docs": Manual("nox's tutorial and usage guide", "python-nox-doc",
                       Path("/usr/share/doc/python-nox-doc/html"), only=("tutorial.html", "usage.html")),

    "txaio-docs": Manual("txaio's overview, programming guide and release notes", "python-txaio-doc",
                         Path("/usr/share/doc/python-txaio-doc/html"),
                         only=("overview.html", "programming-guide.html", "releases.html")),

    "debug-toolbar-docs": Manual("three pages of the Django Debug Toolbar documentation",
                                 "python-django-debug-toolbar-doc",
                                 Path("/usr/share/doc/python-django-debug-toolbar-doc/html"),
                                 only=("installation.html", "configuration.html", "tips.html")),

    "blosc-docs": Manual("python-blosc's introduction and tutorial", "python-blosc-doc",
                         Path("/usr/share/doc/python-blosc-doc/html"), only=("intro.html", "tutorial.html")),

    "tinycss2-docs": Manual("tinycss2's guide and API reference", "python-tinycss2-doc",
                            Path("/usr/share/doc/python-tinycss2-doc/html"),
                            only=("first_steps.html", "common_use_cases.html", "going_further.html",
                                  "api_reference.html")),

    "nbclient-docs": Manual("nbclient's overview and client guide", "python-nbclient-doc",
                            Path("/usr/share/doc/python-nbclient-doc/html"), only=("index.html", "client.html")),

    "pymysql-docs": Manual("PyMySQL's user guide and connection reference", "python-pymysql-doc",
                           Path("/usr/share/doc/python-pymysql-doc/html"),
                           only=("user/installation.html", "user/examples.html", "user/development.html",
                                 "modules/connections.html")),

    "bitstring-docs": Manual("bitstring's introduction and walkthrough", "python-bitstring-doc",
                             Path("/usr/share/doc/python-bitstring-doc/html"),
                             only=("introduction.html", "walkthrough.html")),

    "bibtexparser-docs": Manual("four of bibtexparser's documentation pages", "python-bibtexparser-doc",
                                Path("/usr/share/doc/python-bibtexparser-doc/html"),
                                only=("install.html", "tutorial.html", "bibtex_conv.html", "logging.html")),

    "m2r-docs": Manual("m2r's documentation and change log", "python-m2r-doc",
                       Path("/usr/share/doc/python-m2r-doc/html"), only=("index.html", "changes.html")),

    "aiosqlite-docs": Manual("aiosqlite's overview and contributing guide", "python-aiosqlite-doc",
                             Path("/usr/share/doc/python-aiosqlite-doc/html"),
                             only=("index.html", "contributing.html", "changelog.html")),

    "bidi-docs": Manual("python-bidi's documentation", "python-bidi-doc",
                        Path("/usr/share/doc/python-bidi-doc/html"),
                        only=("index.html", "installation.html", "usage.html", "contributing.html", "history.html")),
    "aiomysql-docs": Manual("aiomysql's overview, tutorial and pool guide", "python-aiomysql-doc",
                            Path("/usr/share/doc/python-aiomysql-doc/html"),
                            only=("index.html", "tutorial.html", "pool.html")),

    "mptt-docs": Manual("four of django-mptt's guide pages", "python-django-mptt-doc",
                        Path("/usr/share/doc/python-django-mptt-doc/html"),
                        only=("overview.html", "install.html", "tutorial.html", "technical_details.html")),

    "persistent-docs": Manual("persistent's overview and usage guide", "python-persistent-doc",
                              Path("/usr/share/doc/python-persistent-doc/html"), only=("index.html", "using.html")),

    "webvtt-docs": Manual("webvtt-py's quick start, usage guide and history", "python-webvtt-doc",
                          Path("/usr/share/doc/python-webvtt-doc/html"),
                          only=("quickstart.html", "usage.html", "history.html")),

    "sqlobject-faq": Manual("SQLObject's FAQ and versioning guide", "python-sqlobject-doc",
                            Path("/usr/share/doc/python-sqlobject-doc/html"), only=("FAQ.html", "Versioning.html")),

    "aioftp-docs": Manual("aioftp's client and server tutorials", "python-aioftp-doc",
                          Path("/usr/share/doc/python-aioftp-doc/html"),
                          only=("client_tutorial.html", "server_tutorial.html")),

    "pyxattr-docs": Manual("pyxattr's README, news and security notes", "python-pyxattr-doc",
                           Path("/usr/share/doc/python-pyxattr-doc/html"),
                           only=("readme.html", "news.html", "security.html")),

    "castellan-docs": Manual("castellan's usage and testing guides", "python-castellan-doc",
                             Path("/usr/share/doc/python-castellan-doc/html"),
                             only=("user/index.html", "contributor/testing.html")),

    "sqlobject-devguide": Manual("SQLObject's developer guide", "python-sqlobject-doc",
                                 Path("/usr/share/doc/python-sqlobject-doc/html"), only=("DeveloperGuide.html",)),

    "bashate-docs": Manual("bashate's README, usage, manual page and guides", "python-bashate-doc",
                           Path("/usr/share/doc/python-bashate-doc/html"),
                           only=("readme.html", "user/usage.html", "man/bashate.html", "install/index.html",
                                 "contributor/contributing.html")),

    "case-docs": Manual("case's overview and change log", "python-case-doc",
                        Path("/usr/share/doc/python-case-doc/html"), only=("index.html", "changelog.html")),

    "aiodogstatsd-docs": Manual("aiodogstatsd's documentation", "python-aiodogstatsd-doc",
                                Path("/usr/share/doc/python-aiodogstatsd-doc/html"),
                                only=("index.html", "usage/index.html", "frameworks/aiohttp/index.html",
                                      "frameworks/starlette/index.html")),

    "django-csp-docs": Manual("django-csp's configuration, nonce, decorator and Trusted Types pages",
                              "python-django-csp-doc", Path("/usr/share/doc/python-django-csp-doc/html"),
                              only=("configuration.html", "nonce.html", "decorators.html", "trusted_types.html")),

    "polib-docs": Manual("polib's installation guide, quick start and API reference", "python-polib-doc",
                         Path("/usr/share/doc/python-polib-doc/html"),
                         only=("installation.html", "quickstart.html", "api.html")),

    "pook-docs": Manual("pook's overview page", "python-pook-doc", Path("/usr/share/doc/python-pook-doc/html"),
                        only=("index.html",)),

    "lockfile-docs": Manual("lockfile's documentation", "python-lockfile-doc",
                            Path("/usr/share/doc/python-lockfile-doc/html"), only=("index.html",)),

    "srt-docs": Manual("srt's overview, quick start and API pages", "python-srt-doc",
                       Path("/usr/share/doc/python-srt-doc/html"), only=("index.html", "quickstart.html", "api.html")),

    "funcy-docs": Manual("funcy's flow and function pages", "python-funcy-doc",
                         Path("/usr/share/doc/python-funcy-doc/html"), only=("flow.html", "funcs.html")),

    "django-braces-docs": Manual("django-braces' access and form mixin pages", "python-django-braces-doc",
                                 Path("/usr/share/doc/python-django-braces-doc/html"),
                                 only=("access.html", "form.html")),

    "pyxdg-docs": Manual("pyxdg's base directory, desktop entry and MIME pages", "python-pyxdg-doc",
                         Path("/usr/share/doc/python-pyxdg-doc/html"),
                         only=("basedirectory.html", "desktopentry.html", "mime.html")),

    "pytest-order-docs": Manual("pytest-order's introduction, usage and configuration pages", "python-pytest-order-doc",
                                Path("/usr/share/doc/python3-pytest-order/html"),
                                only=("intro.html", "usage.html", "configuration.html")),

    "tld-docs": Manual("tld's documentation", "python-tld-doc", Path("/usr/share/doc/python-tld-doc/html"),
                       only=("index.html",)),

    "staticconf-docs": Manual("staticconf's overview and configuration pages", "python-staticconf-doc",
                              Path("/usr/share/doc/python-staticconf-doc/html"), only=("overview.html", "config.html")),

    "flufl-lock-docs": Manual("flufl.lock's usage and theory pages", "python-flufl.lock-doc",
                              Path("/usr/share/doc/python3-flufl.lock/html"), only=("using.html", "theory.html")),

    "multipledispatch-docs": Manual("multipledispatch's overview, design and resolution pages",
                                    "python-multipledispatch-doc",
                                    Path("/usr/share/doc/python3-multipledispatch/html"),
                                    only=("index.html", "design.html", "resolution.html")),

    "terminaltables-docs": Manual("terminaltables' overview, quick start and settings pages",
                                  "python-terminaltables-doc",
                                  Path("/usr/share/doc/python-terminaltables-doc/html"),
                                  only=("index.html", "quickstart.html", "settings.html")),

    "parso-docs": Manual("parso's overview, installation and usage pages", "python-parso-doc",
                         Path("/usr/share/doc/python-parso-doc/html"),
                         only=("index.html", "docs/installation.html", "docs/usage.html")),

    "fastjsonschema-docs": Manual("fastjsonschema's documentation", "python-fastjsonschema-doc",
                                  Path("/usr/share/doc/python-fastjsonschema-doc/html"), only=("index.html",)),

    "flask-session-docs": Manual("Flask-Session's documentation", "python-flask-session-doc",
                                 Path("/usr/share/doc/python-flask-session-doc/html"), only=("index.html",)),

    "plaster-docs": Manual("plaster's overview and API pages", "python-plaster-doc",
                           Path("/usr/share/doc/python3-plaster/html"), only=("index.html", "api.html")),

    "restless-docs": Manual("restless' tutorial", "python-restless-doc",
                            Path("/usr/share/doc/python-restless-doc/html"), only=("tutorial.html",)),

    "pkginfo-docs": Manual("pkginfo's pages on distributions, metadata and indexes", "python-pkginfo-doc",
                           Path("/usr/share/doc/python-pkginfo-doc/html"),
                           only=("index.html", "distributions.html", "metadata.html", "indexes.html")),

    "pyte-docs": Manual("pyte's overview, tutorial and API pages", "python-pyte-doc",
                        Path("/usr/share/doc/python-pyte-doc/html"), only=("index.html", "tutorial.html", "api.html")),

    "mock-docs": Manual("mock's overview page and change log", "python-mock-doc",
                        Path("/usr/share/doc/python-mock-doc/html"), only=("index.html", "changelog.html")),

    "yarl-docs": Manual("yarl's overview and API pages", "python-yarl-doc",
                        Path("/usr/share/doc/python-yarl-doc/html"), only=("index.html", "api.html")),

    "ddt-docs": Manual("ddt's overview, FAQ and API pages", "python-ddt-doc",
                       Path("/usr/share/doc/python-ddt-doc/html"), only=("index.html", "faq.html", "api.html")),

    "django-model-utils-docs": Manual("django-model-utils' pages on fields, managers, models and utilities",
                                      "python-django-model-utils-doc",
                                      Path("/usr/share/doc/python-django-model-utils-doc/html"),
                                      only=("fields.html", "managers.html", "models.html", "utilities.html")),

    "jellyfish-docs": Manual("jellyfish's overview, comparison, phonetic and stemming pages", "python-jellyfish-doc",
                             Path("/usr/share/doc/python-jellyfish-doc/html"),
                             only=("index.html", "comparison.html", "phonetic.html", "stemming.html")),

    "jsonpointer-docs": Manual("python-json-pointer's tutorial, command line and module pages",
                               "python-json-pointer-doc",
                               Path("/usr/share/doc/python-json-pointer-doc/html"),
                               only=("index.html", "tutorial.html", "commandline.html", "mod-jsonpointer.html")),

    "colorzero-docs": Manual("colorzero's installation, quick start and Color API pages", "python-colorzero-doc",
                             Path("/usr/share/doc/python3-colorzero/html"),
                             only=("install.html", "quickstart.html", "api_color.html")),

    "futurist-docs": Manual("futurist's features and examples pages", "python-futurist-doc",
                            Path("/usr/share/doc/python-futurist-doc/html"),
                            only=("user/features.html", "user/examples.html")),

    "debtcollector-docs": Manual("debtcollector's overview and usage pages", "python-debtcollector-doc",
                                 Path("/usr/share/doc/python-debtcollector-doc/html"),
                                 only=("index.html", "user/usage.html")),
}


def copy_english_pages(source: Path, target: Path, package: str) -> list[str]:
    """Each `*.en.html` of source copied to target as `*.html`; the names copied ([] when none, said why)."""
    return _copy(sorted(source.glob("*.en.html")), source, package, target,
                 lambda page: page.name.replace(".en.html", ".html"))


def build_manual(manual: Manual, target: Path) -> int:
    """Copy the manual's pages to target as they are; 2 (and why) when the package is not installed."""
    if manual.only:
        # Debian compresses some pages or not depending on their size in that release: either form will do
        found = (next((p for p in (manual.folder / name, manual.folder / f"{name}.gz") if p.exists()), None)
                 for name in manual.only)
        pages = [page for page in found if page is not None]
    else:
        pages = sorted(p for p in manual.folder.glob(manual.pattern) if p.name not in manual.skip)
    def name_of(page: Path) -> str:
        name = page.name.removesuffix(".gz")
        if name == "index.html" and page.parent != manual.folder:   # one guide per folder: named by its folder
            return f"{page.parent.name}.html"
        return name if "." in name or not manual.suffix else name + manual.suffix

    if not _copy(pages, manual.folder, manual.package, target, name_of):
        return 2
    print(f"{len(pages)} pages of {manual.title} in {target}")
    return 0


def _copy(pages: list[Path], folder: Path, package: str, target: Path, name_of: Callable[[Path], str]) -> list[str]:
    if not pages:
        print(f"no pages in {folder}: install them with `apt-get install {package}`", file=sys.stderr)
        return []
    target.mkdir(parents=True, exist_ok=True)
    names = [name_of(page).removesuffix(".gz") for page in pages]
    for page, name in zip(pages, names):
        if page.suffix == ".gz":    # Debian compresses large documentation files: the corpus holds them as written
            (target / name).write_bytes(gzip.decompress(page.read_bytes()))
        else:
            shutil.copyfile(page, target / name)
    return names


def main(name: str) -> None:
    """`python evals/<script>.py DIR`: build the named manual's corpus in DIR."""
    if len(sys.argv) != 2:
        sys.exit(f"usage: python {sys.argv[0]} DIR")
    sys.exit(build_manual(MANUALS[name], Path(sys.argv[1])))
