# bash completion for devplan, written from its command model by the build; 'devplan completion bash'
# prints it. Install: source it from ~/.bashrc, or copy it to
# ~/.local/share/bash-completion/completions/devplan

# Commands: what follows each command path.
_devplan_words() {
  case $1 in
    '') echo 'init new list show validate checkin feedback goal done achieve celebrate support status reschedule assess edit overdue agenda remind report log calendar completion merge-driver' ;;
    'init') echo '' ;;
    'new') echo '' ;;
    'list') echo '' ;;
    'show') echo '' ;;
    'validate') echo '' ;;
    'checkin') echo '' ;;
    'feedback') echo 'add' ;;
    'feedback add') echo '' ;;
    'goal') echo 'add' ;;
    'goal add') echo '' ;;
    'done') echo '' ;;
    'achieve') echo '' ;;
    'celebrate') echo '' ;;
    'support') echo 'add set' ;;
    'support add') echo '' ;;
    'support set') echo '' ;;
    'status') echo '' ;;
    'reschedule') echo '' ;;
    'assess') echo '' ;;
    'edit') echo '' ;;
    'overdue') echo '' ;;
    'agenda') echo '' ;;
    'remind') echo '' ;;
    'report') echo '' ;;
    'log') echo '' ;;
    'calendar') echo '' ;;
    'completion') echo '' ;;
    'merge-driver') echo '' ;;
  esac
}

_devplan_options() {
  case $1 in
    '') echo '-C --dir --no-color --debug --lang -h --help -V --version' ;;
    'init') echo '--organization --git -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'new') echo '--name --manager --team --role --email --since --cadence --track --level --folder -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'list') echo '--as-of --team --manager --format -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'show') echo '--as-of --format -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'validate') echo '--as-of --format --strict --list-rules --explain -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'checkin') echo '-n --dry-run --commit --date --with --note --progress --done --wellbeing --blockers --private --next --amend -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'feedback') echo '-h --help -V --version -C --dir --no-color --debug --lang' ;;
    'feedback add') echo '-n --dry-run --commit --text --from --source --kind --date --private --id -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'goal') echo '-h --help -V --version -C --dir --no-color --debug --lang' ;;
    'goal add') echo '-n --dry-run --commit --id --title --status --start --due --measure --baseline --target --current --unit --relevant --addresses --aligns --competencies --milestone --action -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'done') echo '-n --dry-run --commit --date -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'achieve') echo '-n --dry-run --commit --title --goal --date --celebrated -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'celebrate') echo '-n --dry-run --commit --date -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'support') echo '-h --help -V --version -C --dir --no-color --debug --lang' ;;
    'support add') echo '-n --dry-run --commit --title --kind --id --cost --currency --status --date --note -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'support set') echo '-n --dry-run --commit --date --note -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'status') echo '-n --dry-run --commit --reason -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'reschedule') echo '-n --dry-run --commit --reason -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'assess') echo '-n --dry-run --commit --by --date -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'edit') echo '-h --help -V --version -C --dir --no-color --debug --lang' ;;
    'overdue') echo '--as-of --employee --manager --all-levels --team --kind --within --exit-code --format -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'agenda') echo '--as-of --within --audience --format -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'remind') echo '--as-of --for --within --format --send --dry-run --force -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'report') echo '--as-of --team --manager --all-levels --audience --format --detail --bom --since -o --output -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'log') echo '--since --format -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'calendar') echo '--as-of --employee --manager --all-levels --team --kind -o --output -h --help -V --version -C --dir --no-color --debug --lang' ;;
    'completion') echo '-h --help -V --version -C --dir --no-color --debug --lang' ;;
    'merge-driver') echo '--marker-size --ours-label --theirs-label -h --help -V --version -C --dir --no-color --debug --lang' ;;
  esac
}

# The kind of value an option takes: novalue when it takes none.
_devplan_option_kind() {
  case $1:$2 in
    ':-C') echo 'dirs' ;;
    ':--dir') echo 'dirs' ;;
    ':--lang') echo 'words:en sv da nl' ;;
    'init:--organization') echo 'none' ;;
    'init:-C') echo 'dirs' ;;
    'init:--dir') echo 'dirs' ;;
    'init:--lang') echo 'words:en sv da nl' ;;
    'new:--name') echo 'none' ;;
    'new:--manager') echo 'managers' ;;
    'new:--team') echo 'teams' ;;
    'new:--role') echo 'none' ;;
    'new:--email') echo 'none' ;;
    'new:--since') echo 'none' ;;
    'new:--cadence') echo 'words:weekly biweekly monthly quarterly semiannual annual' ;;
    'new:--track') echo 'none' ;;
    'new:--level') echo 'none' ;;
    'new:--folder') echo 'dirs' ;;
    'new:-C') echo 'dirs' ;;
    'new:--dir') echo 'dirs' ;;
    'new:--lang') echo 'words:en sv da nl' ;;
    'list:--as-of') echo 'none' ;;
    'list:--team') echo 'teams' ;;
    'list:--manager') echo 'managers' ;;
    'list:--format') echo 'words:text json' ;;
    'list:-C') echo 'dirs' ;;
    'list:--dir') echo 'dirs' ;;
    'list:--lang') echo 'words:en sv da nl' ;;
    'show:--as-of') echo 'none' ;;
    'show:--format') echo 'words:text json' ;;
    'show:-C') echo 'dirs' ;;
    'show:--dir') echo 'dirs' ;;
    'show:--lang') echo 'words:en sv da nl' ;;
    'validate:--as-of') echo 'none' ;;
    'validate:--format') echo 'words:text json sarif' ;;
    'validate:--explain') echo 'none' ;;
    'validate:-C') echo 'dirs' ;;
    'validate:--dir') echo 'dirs' ;;
    'validate:--lang') echo 'words:en sv da nl' ;;
    'checkin:--date') echo 'none' ;;
    'checkin:--with') echo 'none' ;;
    'checkin:--note') echo 'none' ;;
    'checkin:--progress') echo 'items' ;;
    'checkin:--done') echo 'items' ;;
    'checkin:--wellbeing') echo 'none' ;;
    'checkin:--blockers') echo 'none' ;;
    'checkin:--private') echo 'none' ;;
    'checkin:--next') echo 'none' ;;
    'checkin:-C') echo 'dirs' ;;
    'checkin:--dir') echo 'dirs' ;;
    'checkin:--lang') echo 'words:en sv da nl' ;;
    'feedback:-C') echo 'dirs' ;;
    'feedback:--dir') echo 'dirs' ;;
    'feedback:--lang') echo 'words:en sv da nl' ;;
    'feedback add:--text') echo 'none' ;;
    'feedback add:--from') echo 'none' ;;
    'feedback add:--source') echo 'words:review one-on-one peer self upward customer 360' ;;
    'feedback add:--kind') echo 'words:strength improvement recognition' ;;
    'feedback add:--date') echo 'none' ;;
    'feedback add:--id') echo 'none' ;;
    'feedback add:-C') echo 'dirs' ;;
    'feedback add:--dir') echo 'dirs' ;;
    'feedback add:--lang') echo 'words:en sv da nl' ;;
    'goal:-C') echo 'dirs' ;;
    'goal:--dir') echo 'dirs' ;;
    'goal:--lang') echo 'words:en sv da nl' ;;
    'goal add:--id') echo 'items' ;;
    'goal add:--title') echo 'none' ;;
    'goal add:--status') echo 'words:draft active at-risk paused done dropped' ;;
    'goal add:--start') echo 'none' ;;
    'goal add:--due') echo 'none' ;;
    'goal add:--measure') echo 'none' ;;
    'goal add:--baseline') echo 'none' ;;
    'goal add:--target') echo 'none' ;;
    'goal add:--current') echo 'none' ;;
    'goal add:--unit') echo 'none' ;;
    'goal add:--relevant') echo 'none' ;;
    'goal add:--addresses') echo 'none' ;;
    'goal add:--aligns') echo 'none' ;;
    'goal add:--competencies') echo 'none' ;;
    'goal add:--milestone') echo 'none' ;;
    'goal add:--action') echo 'none' ;;
    'goal add:-C') echo 'dirs' ;;
    'goal add:--dir') echo 'dirs' ;;
    'goal add:--lang') echo 'words:en sv da nl' ;;
    'done:--date') echo 'none' ;;
    'done:-C') echo 'dirs' ;;
    'done:--dir') echo 'dirs' ;;
    'done:--lang') echo 'words:en sv da nl' ;;
    'achieve:--title') echo 'none' ;;
    'achieve:--goal') echo 'items' ;;
    'achieve:--date') echo 'none' ;;
    'achieve:--celebrated') echo 'none' ;;
    'achieve:-C') echo 'dirs' ;;
    'achieve:--dir') echo 'dirs' ;;
    'achieve:--lang') echo 'words:en sv da nl' ;;
    'celebrate:--date') echo 'none' ;;
    'celebrate:-C') echo 'dirs' ;;
    'celebrate:--dir') echo 'dirs' ;;
    'celebrate:--lang') echo 'words:en sv da nl' ;;
    'support:-C') echo 'dirs' ;;
    'support:--dir') echo 'dirs' ;;
    'support:--lang') echo 'words:en sv da nl' ;;
    'support add:--title') echo 'none' ;;
    'support add:--kind') echo 'words:training coaching mentoring time budget tool other' ;;
    'support add:--id') echo 'none' ;;
    'support add:--cost') echo 'none' ;;
    'support add:--currency') echo 'none' ;;
    'support add:--status') echo 'words:requested approved provided declined' ;;
    'support add:--date') echo 'none' ;;
    'support add:--note') echo 'none' ;;
    'support add:-C') echo 'dirs' ;;
    'support add:--dir') echo 'dirs' ;;
    'support add:--lang') echo 'words:en sv da nl' ;;
    'support set:--date') echo 'none' ;;
    'support set:--note') echo 'none' ;;
    'support set:-C') echo 'dirs' ;;
    'support set:--dir') echo 'dirs' ;;
    'support set:--lang') echo 'words:en sv da nl' ;;
    'status:--reason') echo 'none' ;;
    'status:-C') echo 'dirs' ;;
    'status:--dir') echo 'dirs' ;;
    'status:--lang') echo 'words:en sv da nl' ;;
    'reschedule:--reason') echo 'none' ;;
    'reschedule:-C') echo 'dirs' ;;
    'reschedule:--dir') echo 'dirs' ;;
    'reschedule:--lang') echo 'words:en sv da nl' ;;
    'assess:--by') echo 'words:self manager peer' ;;
    'assess:--date') echo 'none' ;;
    'assess:-C') echo 'dirs' ;;
    'assess:--dir') echo 'dirs' ;;
    'assess:--lang') echo 'words:en sv da nl' ;;
    'edit:-C') echo 'dirs' ;;
    'edit:--dir') echo 'dirs' ;;
    'edit:--lang') echo 'words:en sv da nl' ;;
    'overdue:--as-of') echo 'none' ;;
    'overdue:--employee') echo 'ids' ;;
    'overdue:--manager') echo 'managers' ;;
    'overdue:--team') echo 'teams' ;;
    'overdue:--kind') echo 'words:milestone action goal checkin' ;;
    'overdue:--within') echo 'none' ;;
    'overdue:--format') echo 'words:text json' ;;
    'overdue:-C') echo 'dirs' ;;
    'overdue:--dir') echo 'dirs' ;;
    'overdue:--lang') echo 'words:en sv da nl' ;;
    'agenda:--as-of') echo 'none' ;;
    'agenda:--within') echo 'none' ;;
    'agenda:--audience') echo 'words:employee manager' ;;
    'agenda:--format') echo 'words:text markdown json' ;;
    'agenda:-C') echo 'dirs' ;;
    'agenda:--dir') echo 'dirs' ;;
    'agenda:--lang') echo 'words:en sv da nl' ;;
    'remind:--as-of') echo 'none' ;;
    'remind:--for') echo 'ids' ;;
    'remind:--within') echo 'none' ;;
    'remind:--format') echo 'words:text json' ;;
    'remind:-C') echo 'dirs' ;;
    'remind:--dir') echo 'dirs' ;;
    'remind:--lang') echo 'words:en sv da nl' ;;
    'report:--as-of') echo 'none' ;;
    'report:--team') echo 'teams' ;;
    'report:--manager') echo 'managers' ;;
    'report:--audience') echo 'words:manager employee' ;;
    'report:--format') echo 'words:text markdown html json csv' ;;
    'report:--since') echo 'none' ;;
    'report:-o') echo 'files' ;;
    'report:--output') echo 'files' ;;
    'report:-C') echo 'dirs' ;;
    'report:--dir') echo 'dirs' ;;
    'report:--lang') echo 'words:en sv da nl' ;;
    'log:--since') echo 'none' ;;
    'log:--format') echo 'words:text json' ;;
    'log:-C') echo 'dirs' ;;
    'log:--dir') echo 'dirs' ;;
    'log:--lang') echo 'words:en sv da nl' ;;
    'calendar:--as-of') echo 'none' ;;
    'calendar:--employee') echo 'ids' ;;
    'calendar:--manager') echo 'managers' ;;
    'calendar:--team') echo 'teams' ;;
    'calendar:--kind') echo 'words:milestone action goal checkin' ;;
    'calendar:-o') echo 'files' ;;
    'calendar:--output') echo 'files' ;;
    'calendar:-C') echo 'dirs' ;;
    'calendar:--dir') echo 'dirs' ;;
    'calendar:--lang') echo 'words:en sv da nl' ;;
    'completion:-C') echo 'dirs' ;;
    'completion:--dir') echo 'dirs' ;;
    'completion:--lang') echo 'words:en sv da nl' ;;
    'merge-driver:--marker-size') echo 'none' ;;
    'merge-driver:--ours-label') echo 'none' ;;
    'merge-driver:--theirs-label') echo 'none' ;;
    'merge-driver:-C') echo 'dirs' ;;
    'merge-driver:--dir') echo 'dirs' ;;
    'merge-driver:--lang') echo 'words:en sv da nl' ;;
    *) echo novalue ;;
  esac
}

_devplan_positional_kind() {
  case $1:$2 in
    'init:0') echo 'dirs' ;;
    'new:0') echo 'ids' ;;
    'show:0') echo 'ids' ;;
    'validate:0') echo 'files' ;;
    'validate:1') echo 'files' ;;
    'validate:2') echo 'files' ;;
    'validate:3') echo 'files' ;;
    'validate:4') echo 'files' ;;
    'validate:5') echo 'files' ;;
    'validate:6') echo 'files' ;;
    'validate:7') echo 'files' ;;
    'validate:8') echo 'files' ;;
    'validate:9') echo 'files' ;;
    'checkin:0') echo 'ids' ;;
    'feedback add:0') echo 'ids' ;;
    'goal add:0') echo 'ids' ;;
    'done:0') echo 'ids' ;;
    'done:1') echo 'items' ;;
    'achieve:0') echo 'ids' ;;
    'celebrate:0') echo 'ids' ;;
    'celebrate:1') echo 'achievements' ;;
    'celebrate:2') echo 'achievements' ;;
    'celebrate:3') echo 'achievements' ;;
    'celebrate:4') echo 'achievements' ;;
    'celebrate:5') echo 'achievements' ;;
    'celebrate:6') echo 'achievements' ;;
    'celebrate:7') echo 'achievements' ;;
    'celebrate:8') echo 'achievements' ;;
    'celebrate:9') echo 'achievements' ;;
    'celebrate:10') echo 'achievements' ;;
    'support add:0') echo 'ids' ;;
    'support add:1') echo 'items' ;;
    'support set:0') echo 'ids' ;;
    'support set:1') echo 'supports' ;;
    'support set:2') echo 'words:requested approved provided declined' ;;
    'status:0') echo 'ids' ;;
    'status:1') echo 'items' ;;
    'status:2') echo 'words:draft active at-risk paused dropped' ;;
    'reschedule:0') echo 'ids' ;;
    'reschedule:1') echo 'items' ;;
    'reschedule:2') echo 'none' ;;
    'assess:0') echo 'ids' ;;
    'assess:1') echo 'levels' ;;
    'assess:2') echo 'levels' ;;
    'assess:3') echo 'levels' ;;
    'assess:4') echo 'levels' ;;
    'assess:5') echo 'levels' ;;
    'assess:6') echo 'levels' ;;
    'assess:7') echo 'levels' ;;
    'assess:8') echo 'levels' ;;
    'assess:9') echo 'levels' ;;
    'assess:10') echo 'levels' ;;
    'edit:0') echo 'ids' ;;
    'agenda:0') echo 'ids' ;;
    'report:0') echo 'ids' ;;
    'report:1') echo 'ids' ;;
    'report:2') echo 'ids' ;;
    'report:3') echo 'ids' ;;
    'report:4') echo 'ids' ;;
    'report:5') echo 'ids' ;;
    'report:6') echo 'ids' ;;
    'report:7') echo 'ids' ;;
    'report:8') echo 'ids' ;;
    'report:9') echo 'ids' ;;
    'log:0') echo 'ids' ;;
    'log:1') echo 'items' ;;
    'completion:0') echo 'words:bash zsh fish' ;;
    'merge-driver:0') echo 'files' ;;
    'merge-driver:1') echo 'files' ;;
    'merge-driver:2') echo 'files' ;;
    'merge-driver:3') echo 'files' ;;
    *) echo none ;;
  esac
}

# Options that name the repository: their value is passed on to devplan __complete.
_devplan_repository_option() {
  case $1 in
    '-C'|'--dir') return 0 ;;
  esac
  return 1
}

_devplan_is_command() {
  case " $(_devplan_words "$1") " in
    *" $2 "*) return 0 ;;
  esac
  return 1
}

# From the words before the one being completed: the command (such as "feedback add"),
# how many arguments follow it, the first of them (the employee id, for GOAL/ITEM) and
# the repository named by --dir.
_devplan_walk() {
  _devplan_path='' _devplan_npos=0 _devplan_first='' _devplan_dir=''
  local w
  while [ $# -gt 0 ]; do
    w=$1
    shift
    case $w in
      -*=*) _devplan_repository_option "${w%%=*}" && _devplan_dir=${w#*=} ;;
      -*)
        if [ "$(_devplan_option_kind "$_devplan_path" "$w")" != novalue ]; then
          _devplan_repository_option "$w" && _devplan_dir=${1-}
          [ $# -gt 0 ] && shift
        fi ;;
      *)
        if [ "$_devplan_npos" -eq 0 ] && _devplan_is_command "$_devplan_path" "$w"; then
          _devplan_path=${_devplan_path:+$_devplan_path }$w
        else
          [ "$_devplan_npos" -eq 0 ] && _devplan_first=$w
          _devplan_npos=$((_devplan_npos + 1))
        fi ;;
    esac
  done
}

# The kind of value wanted after PREVIOUS while the current word is CURRENT.
_devplan_kind() {
  local previous=$1 current=$2 kind=novalue
  case $previous in
    -*=*) ;;
    -*) kind=$(_devplan_option_kind "$_devplan_path" "$previous") ;;
  esac
  if [ "$kind" != novalue ]; then
    echo "$kind"
  elif [ "${current#-}" != "$current" ]; then
    echo "words:$(_devplan_options "$_devplan_path")"
  elif [ "$_devplan_npos" -eq 0 ] && [ -n "$(_devplan_words "$_devplan_path")" ]; then
    echo "words:$(_devplan_words "$_devplan_path")"
  else
    _devplan_positional_kind "$_devplan_path" "$_devplan_npos"
  fi
}

# Words from the repository, one a line, from devplan itself (which leaves out any that
# is not a plain word); nothing on any error.
_devplan_dynamic() {
  local dir=$_devplan_dir
  local -a repository
  case $dir in
    '~/'*) dir=$HOME/${dir#'~/'} ;;
  esac
  [ -n "$dir" ] && repository=(--dir "$dir")
  command devplan "${repository[@]}" __complete "$@" 2>/dev/null
}

# The candidates of a kind of value, one a line. They are read as data only.
_devplan_candidates() {
  case $1 in
    words:*) printf '%s\n' "${1#words:}" | tr ' ' '\n' ;;
    ids|teams|managers) _devplan_dynamic "$1" ;;
    items|supports|achievements|levels) [ -n "$2" ] && _devplan_dynamic "$1" "$2" ;;
  esac
}

# Reads candidates, one a line, and puts those that start with the word being completed
# into COMPREPLY, each quoted for the command line (printf %q): no candidate is ever
# expanded, so a plan whose team is $(...) gives text, never a command.
_devplan_reply() {
  local cur=$1 line quoted
  COMPREPLY=()
  while IFS= read -r line; do
    [[ -n $line ]] || continue
    printf -v quoted '%q' "$line"
    [[ $quoted == "$cur"* ]] && COMPREPLY+=("$quoted")
  done
  return 0
}

_devplan() {
  local cur=${COMP_WORDS[COMP_CWORD]} kind
  _devplan_walk "${COMP_WORDS[@]:1:COMP_CWORD-1}"
  kind=$(_devplan_kind "${COMP_WORDS[COMP_CWORD-1]}" "$cur")
  case $kind in
    dirs) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
    files) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
    *) _devplan_reply "$cur" < <(_devplan_candidates "$kind" "$_devplan_first") ;;
  esac
}

complete -o default -F _devplan devplan
