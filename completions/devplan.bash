# bash completion for devplan; generated from the command model by 'devplan completion bash'.
# Install: source it from ~/.bashrc, or copy it to ~/.local/share/bash-completion/completions/devplan

_devplan_words() {
  # Commands: what follows each command path.
  case "$1" in
    '') echo 'init new show validate checkin feedback goal done achieve edit overdue agenda remind report calendar completion' ;;
    'init') echo '' ;;
    'new') echo '' ;;
    'show') echo '' ;;
    'validate') echo '' ;;
    'checkin') echo '' ;;
    'feedback') echo 'add' ;;
    'feedback add') echo '' ;;
    'goal') echo 'add' ;;
    'goal add') echo '' ;;
    'done') echo '' ;;
    'achieve') echo '' ;;
    'edit') echo '' ;;
    'overdue') echo '' ;;
    'agenda') echo '' ;;
    'remind') echo '' ;;
    'report') echo '' ;;
    'calendar') echo '' ;;
    'completion') echo '' ;;
  esac
}

_devplan_options() {
  case "$1" in
    '') echo '-C --dir --no-color --debug -h --help -V --version' ;;
    'init') echo '--organization -h --help -V --version -C --dir --no-color --debug' ;;
    'new') echo '--name --manager --team --role --email --since --cadence --track --level --folder -h --help -V --version -C --dir --no-color --debug' ;;
    'show') echo '--as-of --format -h --help -V --version -C --dir --no-color --debug' ;;
    'validate') echo '--as-of --format --strict --list-rules --explain -h --help -V --version -C --dir --no-color --debug' ;;
    'checkin') echo '-n --dry-run --commit --date --with --note --progress --done --wellbeing --blockers --private --next -h --help -V --version -C --dir --no-color --debug' ;;
    'feedback') echo '-h --help -V --version -C --dir --no-color --debug' ;;
    'feedback add') echo '-n --dry-run --commit --text --from --source --kind --date --private --id -h --help -V --version -C --dir --no-color --debug' ;;
    'goal') echo '-h --help -V --version -C --dir --no-color --debug' ;;
    'goal add') echo '-n --dry-run --commit --id --title --status --start --due --measure --baseline --target --current --unit --relevant --addresses --aligns --competencies --milestone --action -h --help -V --version -C --dir --no-color --debug' ;;
    'done') echo '-n --dry-run --commit --date -h --help -V --version -C --dir --no-color --debug' ;;
    'achieve') echo '-n --dry-run --commit --title --goal --date --celebrated -h --help -V --version -C --dir --no-color --debug' ;;
    'edit') echo '-h --help -V --version -C --dir --no-color --debug' ;;
    'overdue') echo '--as-of --employee --manager --all-levels --team --kind --within --exit-code --format -h --help -V --version -C --dir --no-color --debug' ;;
    'agenda') echo '--as-of --within --format -h --help -V --version -C --dir --no-color --debug' ;;
    'remind') echo '--as-of --for --within --format -h --help -V --version -C --dir --no-color --debug' ;;
    'report') echo '--as-of --team --manager --all-levels --audience --format -o --output -h --help -V --version -C --dir --no-color --debug' ;;
    'calendar') echo '--as-of --employee --manager --all-levels --team --kind -o --output -h --help -V --version -C --dir --no-color --debug' ;;
    'completion') echo '-h --help -V --version -C --dir --no-color --debug' ;;
  esac
}

# The kind of value an option takes: none when it takes no value.
_devplan_option_kind() {
  case "$1:$2" in
    ':-C') echo 'dirs' ;;
    ':--dir') echo 'dirs' ;;
    'init:--organization') echo 'none' ;;
    'init:-C') echo 'dirs' ;;
    'init:--dir') echo 'dirs' ;;
    'new:--name') echo 'none' ;;
    'new:--manager') echo 'ids' ;;
    'new:--team') echo 'teams' ;;
    'new:--role') echo 'none' ;;
    'new:--email') echo 'none' ;;
    'new:--since') echo 'none' ;;
    'new:--cadence') echo 'none' ;;
    'new:--track') echo 'none' ;;
    'new:--level') echo 'none' ;;
    'new:--folder') echo 'dirs' ;;
    'new:-C') echo 'dirs' ;;
    'new:--dir') echo 'dirs' ;;
    'show:--as-of') echo 'none' ;;
    'show:--format') echo 'words:text json' ;;
    'show:-C') echo 'dirs' ;;
    'show:--dir') echo 'dirs' ;;
    'validate:--as-of') echo 'none' ;;
    'validate:--format') echo 'words:text json sarif' ;;
    'validate:--explain') echo 'none' ;;
    'validate:-C') echo 'dirs' ;;
    'validate:--dir') echo 'dirs' ;;
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
    'feedback:-C') echo 'dirs' ;;
    'feedback:--dir') echo 'dirs' ;;
    'feedback add:--text') echo 'none' ;;
    'feedback add:--from') echo 'none' ;;
    'feedback add:--source') echo 'words:REVIEW ONE_ON_ONE PEER SELF UPWARD CUSTOMER THREE_SIXTY' ;;
    'feedback add:--kind') echo 'words:STRENGTH IMPROVEMENT RECOGNITION' ;;
    'feedback add:--date') echo 'none' ;;
    'feedback add:--id') echo 'none' ;;
    'feedback add:-C') echo 'dirs' ;;
    'feedback add:--dir') echo 'dirs' ;;
    'goal:-C') echo 'dirs' ;;
    'goal:--dir') echo 'dirs' ;;
    'goal add:--id') echo 'items' ;;
    'goal add:--title') echo 'none' ;;
    'goal add:--status') echo 'words:DRAFT ACTIVE AT_RISK PAUSED DONE DROPPED' ;;
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
    'done:--date') echo 'none' ;;
    'done:-C') echo 'dirs' ;;
    'done:--dir') echo 'dirs' ;;
    'achieve:--title') echo 'none' ;;
    'achieve:--goal') echo 'items' ;;
    'achieve:--date') echo 'none' ;;
    'achieve:--celebrated') echo 'none' ;;
    'achieve:-C') echo 'dirs' ;;
    'achieve:--dir') echo 'dirs' ;;
    'edit:-C') echo 'dirs' ;;
    'edit:--dir') echo 'dirs' ;;
    'overdue:--as-of') echo 'none' ;;
    'overdue:--employee') echo 'ids' ;;
    'overdue:--manager') echo 'ids' ;;
    'overdue:--team') echo 'teams' ;;
    'overdue:--kind') echo 'words:milestone action goal checkin' ;;
    'overdue:--within') echo 'none' ;;
    'overdue:--format') echo 'words:text json' ;;
    'overdue:-C') echo 'dirs' ;;
    'overdue:--dir') echo 'dirs' ;;
    'agenda:--as-of') echo 'none' ;;
    'agenda:--within') echo 'none' ;;
    'agenda:--format') echo 'words:text markdown' ;;
    'agenda:-C') echo 'dirs' ;;
    'agenda:--dir') echo 'dirs' ;;
    'remind:--as-of') echo 'none' ;;
    'remind:--for') echo 'ids' ;;
    'remind:--within') echo 'none' ;;
    'remind:--format') echo 'words:text json' ;;
    'remind:-C') echo 'dirs' ;;
    'remind:--dir') echo 'dirs' ;;
    'report:--as-of') echo 'none' ;;
    'report:--team') echo 'teams' ;;
    'report:--manager') echo 'ids' ;;
    'report:--audience') echo 'words:manager employee' ;;
    'report:--format') echo 'words:text markdown html json csv' ;;
    'report:-o') echo 'files' ;;
    'report:--output') echo 'files' ;;
    'report:-C') echo 'dirs' ;;
    'report:--dir') echo 'dirs' ;;
    'calendar:--as-of') echo 'none' ;;
    'calendar:--employee') echo 'ids' ;;
    'calendar:--manager') echo 'ids' ;;
    'calendar:--team') echo 'teams' ;;
    'calendar:--kind') echo 'words:milestone action goal checkin' ;;
    'calendar:-o') echo 'files' ;;
    'calendar:--output') echo 'files' ;;
    'calendar:-C') echo 'dirs' ;;
    'calendar:--dir') echo 'dirs' ;;
    'completion:-C') echo 'dirs' ;;
    'completion:--dir') echo 'dirs' ;;
    *) echo novalue ;;
  esac
}

_devplan_positional_kind() {
  case "$1:$2" in
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
    'completion:0') echo 'words:bash zsh fish' ;;
    *) echo none ;;
  esac
}

_devplan_dynamic() {
  # Ask devplan itself for ids from the repository; stay silent on any error.
  command devplan ${_devplan_dir:+--dir "$_devplan_dir"} __complete "$@" 2>/dev/null
}

_devplan_complete_kind() {
  local kind=$1 cur=$2 first=$3
  case "$kind" in
    words:*) COMPREPLY=($(compgen -W "${kind#words:}" -- "$cur")) ;;
    ids) COMPREPLY=($(compgen -W "$(_devplan_dynamic ids)" -- "$cur")) ;;
    teams) COMPREPLY=($(compgen -W "$(_devplan_dynamic teams)" -- "$cur")) ;;
    items) COMPREPLY=($(compgen -W "$(_devplan_dynamic items "$first")" -- "$cur")) ;;
    dirs) COMPREPLY=($(compgen -d -- "$cur")) ;;
    files) COMPREPLY=($(compgen -f -- "$cur")) ;;
    *) COMPREPLY=() ;;
  esac
}

_devplan() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local path='' npos=0 first='' w kind i
  _devplan_dir=''
  for ((i = 1; i < COMP_CWORD; i++)); do
    w=${COMP_WORDS[i]}
    if [[ $w == -* ]]; then
      if [[ $w != *=* && $(_devplan_option_kind "$path" "$w") != novalue ]]; then
        [[ $w == --dir || $w == -C ]] && _devplan_dir=${COMP_WORDS[i+1]}
        ((i++))
      fi
      continue
    fi
    if [[ $npos -eq 0 && " $(_devplan_words "$path") " == *" $w "* ]]; then
      path=${path:+$path }$w
    else
      [[ $npos -eq 0 ]] && first=$w
      ((npos++))
    fi
  done
  if [[ $prev == -* && $prev != *=* ]]; then
    kind=$(_devplan_option_kind "$path" "$prev")
    if [[ $kind != novalue ]]; then
      _devplan_complete_kind "$kind" "$cur" "$first"
      return
    fi
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_devplan_options "$path")" -- "$cur"))
  elif [[ $npos -eq 0 && -n $(_devplan_words "$path") ]]; then
    COMPREPLY=($(compgen -W "$(_devplan_words "$path")" -- "$cur"))
  else
    _devplan_complete_kind "$(_devplan_positional_kind "$path" "$npos")" "$cur" "$first"
  fi
}

complete -o default -F _devplan devplan
