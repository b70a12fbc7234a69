# fish completion for devplan; generated from the command model by 'devplan completion fish'.
# Install: copy it to ~/.config/fish/completions/devplan.fish

function __devplan_dynamic
    command devplan __complete $argv 2>/dev/null
end

function __devplan_first_arg
    set -l words (commandline -opc)
    for w in $words[3..-1]
        if not string match -q -- '-*' $w
            echo $w
            return
        end
    end
end

complete -c devplan -f
complete -c devplan -n '__fish_use_subcommand' -a init -d 'Create a plan repository.'
complete -c devplan -n '__fish_use_subcommand' -a new -d 'Create the plan of an employee.'
complete -c devplan -n '__fish_use_subcommand' -a show -d 'Show one plan: goals with progress, open and overdue items, check-ins, support.'
complete -c devplan -n '__fish_use_subcommand' -a report -d 'Progress report: goals on track or behind, milestones, check-ins, support, competencies.'
complete -c devplan -n '__fish_use_subcommand' -a completion -d 'Print the shell completion script for bash, zsh or fish.'
complete -c devplan -n '__fish_use_subcommand' -s C -l dir -r -a '(__fish_complete_directories)' -d 'Use the plan repository in DIR instead of searching upward from the current folder.'
complete -c devplan -n '__fish_use_subcommand' -l no-color -d 'Never colour the output (also when NO_COLOR is set).'
complete -c devplan -n '__fish_use_subcommand' -l debug -d 'Show stack traces of internal errors.'
complete -c devplan -n '__fish_use_subcommand' -s h -l help -d 'Show this help message and exit.'
complete -c devplan -n '__fish_use_subcommand' -s V -l version -d 'Print version information and exit.'
complete -c devplan -n '__fish_seen_subcommand_from init' -l organization -r -d 'Organisation name for devplan.yaml.'
complete -c devplan -n '__fish_seen_subcommand_from init' -s h -l help -d 'Show this help message and exit.'
complete -c devplan -n '__fish_seen_subcommand_from init' -s V -l version -d 'Print version information and exit.'
complete -c devplan -n '__fish_seen_subcommand_from init' -s C -l dir -r -a '(__fish_complete_directories)' -d 'Use the plan repository in DIR instead of searching upward from the current folder.'
complete -c devplan -n '__fish_seen_subcommand_from init' -l no-color -d 'Never colour the output (also when NO_COLOR is set).'
complete -c devplan -n '__fish_seen_subcommand_from init' -l debug -d 'Show stack traces of internal errors.'
complete -c devplan -n '__fish_seen_subcommand_from init' -a '(__fish_complete_directories)'
complete -c devplan -n '__fish_seen_subcommand_from new' -l name -r -d 'Full name.'
complete -c devplan -n '__fish_seen_subcommand_from new' -l manager -r -a '(__devplan_dynamic ids)' -d 'Manager: the id of another plan, or a name.'
complete -c devplan -n '__fish_seen_subcommand_from new' -l team -r -a '(__devplan_dynamic teams)' -d 'Team.'
complete -c devplan -n '__fish_seen_subcommand_from new' -l role -r -d 'Role or job title.'
complete -c devplan -n '__fish_seen_subcommand_from new' -l email -r -d 'E-mail address.'
complete -c devplan -n '__fish_seen_subcommand_from new' -l since -r -d 'Start of the plan (default: today); the first check-in is due one cadence later.'
complete -c devplan -n '__fish_seen_subcommand_from new' -l cadence -r -d 'Follow-up cadence: weekly, biweekly, monthly, quarterly, semiannual, annual or an ISO-8601 period such as P3W (default: the repository\'s).'
complete -c devplan -n '__fish_seen_subcommand_from new' -l track -r -d 'Career track from devplan.yaml.'
complete -c devplan -n '__fish_seen_subcommand_from new' -l level -r -d 'Level on the career track.'
complete -c devplan -n '__fish_seen_subcommand_from new' -l folder -r -a '(__fish_complete_directories)' -d 'Sub-folder of plans/ to put the file in.'
complete -c devplan -n '__fish_seen_subcommand_from new' -s h -l help -d 'Show this help message and exit.'
complete -c devplan -n '__fish_seen_subcommand_from new' -s V -l version -d 'Print version information and exit.'
complete -c devplan -n '__fish_seen_subcommand_from new' -s C -l dir -r -a '(__fish_complete_directories)' -d 'Use the plan repository in DIR instead of searching upward from the current folder.'
complete -c devplan -n '__fish_seen_subcommand_from new' -l no-color -d 'Never colour the output (also when NO_COLOR is set).'
complete -c devplan -n '__fish_seen_subcommand_from new' -l debug -d 'Show stack traces of internal errors.'
complete -c devplan -n '__fish_seen_subcommand_from new' -a '(__devplan_dynamic ids)'
complete -c devplan -n '__fish_seen_subcommand_from show' -l as-of -r -d 'Answer as of this date (YYYY-MM-DD) instead of today in the repository\'s time zone.'
complete -c devplan -n '__fish_seen_subcommand_from show' -l format -r -a 'text json' -d 'Output format: text, json (default: text).'
complete -c devplan -n '__fish_seen_subcommand_from show' -s h -l help -d 'Show this help message and exit.'
complete -c devplan -n '__fish_seen_subcommand_from show' -s V -l version -d 'Print version information and exit.'
complete -c devplan -n '__fish_seen_subcommand_from show' -s C -l dir -r -a '(__fish_complete_directories)' -d 'Use the plan repository in DIR instead of searching upward from the current folder.'
complete -c devplan -n '__fish_seen_subcommand_from show' -l no-color -d 'Never colour the output (also when NO_COLOR is set).'
complete -c devplan -n '__fish_seen_subcommand_from show' -l debug -d 'Show stack traces of internal errors.'
complete -c devplan -n '__fish_seen_subcommand_from show' -a '(__devplan_dynamic ids)'
complete -c devplan -n '__fish_seen_subcommand_from report' -l as-of -r -d 'Answer as of this date (YYYY-MM-DD) instead of today in the repository\'s time zone.'
complete -c devplan -n '__fish_seen_subcommand_from report' -l team -r -a '(__devplan_dynamic teams)' -d 'Everyone in team T.'
complete -c devplan -n '__fish_seen_subcommand_from report' -l manager -r -a '(__devplan_dynamic ids)' -d 'The direct reports of M.'
complete -c devplan -n '__fish_seen_subcommand_from report' -l all-levels -d 'With --manager: everyone below M, not only direct reports.'
complete -c devplan -n '__fish_seen_subcommand_from report' -l audience -r -a 'manager employee' -d 'Who reads it: manager, employee (default: manager).'
complete -c devplan -n '__fish_seen_subcommand_from report' -l format -r -a 'text markdown html json csv' -d 'Output format: text, markdown, html, json, csv (default: text).'
complete -c devplan -n '__fish_seen_subcommand_from report' -s o -l output -r -F -d 'Write the report to FILE, replacing it atomically, instead of standard output.'
complete -c devplan -n '__fish_seen_subcommand_from report' -s h -l help -d 'Show this help message and exit.'
complete -c devplan -n '__fish_seen_subcommand_from report' -s V -l version -d 'Print version information and exit.'
complete -c devplan -n '__fish_seen_subcommand_from report' -s C -l dir -r -a '(__fish_complete_directories)' -d 'Use the plan repository in DIR instead of searching upward from the current folder.'
complete -c devplan -n '__fish_seen_subcommand_from report' -l no-color -d 'Never colour the output (also when NO_COLOR is set).'
complete -c devplan -n '__fish_seen_subcommand_from report' -l debug -d 'Show stack traces of internal errors.'
complete -c devplan -n '__fish_seen_subcommand_from report' -a '(__devplan_dynamic ids)'
complete -c devplan -n '__fish_seen_subcommand_from completion' -s h -l help -d 'Show this help message and exit.'
complete -c devplan -n '__fish_seen_subcommand_from completion' -s V -l version -d 'Print version information and exit.'
complete -c devplan -n '__fish_seen_subcommand_from completion' -s C -l dir -r -a '(__fish_complete_directories)' -d 'Use the plan repository in DIR instead of searching upward from the current folder.'
complete -c devplan -n '__fish_seen_subcommand_from completion' -l no-color -d 'Never colour the output (also when NO_COLOR is set).'
complete -c devplan -n '__fish_seen_subcommand_from completion' -l debug -d 'Show stack traces of internal errors.'
complete -c devplan -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'
