# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for proofdesk-cli. Subcommands and options are read from the program's own
# usage and --help (once per shell), so new ones complete without editing this file; only
# the values of --format and --solver are listed here.

_proofdesk_cli_words() {
    # $1: cache variable, rest: arguments to proofdesk-cli whose output lists the words
    local var=$1; shift
    if [[ -z ${!var+set} ]]; then
        local text
        text=$("${_proofdesk_cli_program:-proofdesk-cli}" "$@" 2>&1)
        if [[ $var == _proofdesk_cli_subcommands ]]; then
            text=$(sed -n 's/^.*proofdesk-cli \([a-z][a-z0-9-]*\)\b.*$/\1/p' <<<"$text" | sort -u)
        else
            text=$(grep -o -- '--[a-z][a-z0-9-]*' <<<"$text" | sort -u)
        fi
        printf -v "$var" '%s' "${text//$'\n'/ }"
    fi
    printf '%s' "${!var}"
}

_proofdesk_cli() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=""
    (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}
    _proofdesk_cli_program=${COMP_WORDS[0]}
    COMPREPLY=()

    # The subcommand: the first word after the program that is not an option.
    local i sub=""
    for (( i = 1; i < COMP_CWORD; i++ )); do
        [[ ${COMP_WORDS[i]} != -* ]] && { sub=${COMP_WORDS[i]}; break; }
    done

    case $prev in
        --format) mapfile -t COMPREPLY < <(compgen -W "text json sarif junit" -- "$cur"); return ;;
        --solver) mapfile -t COMPREPLY < <(compgen -W "cvc5 cvc5-mbqi cvc5-fmf-fun z3 cvc5-binary" -- "$cur"); return ;;
        --jobs|--timeout) return ;;
        --kind) mapfile -t COMPREPLY < <(compgen -W "vig incidence deps proof" -- "$cur"); return ;;
        --cache|--worker|--out) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); compopt -o filenames 2>/dev/null; return ;;
    esac

    if [[ -z $sub ]]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$(_proofdesk_cli_words _proofdesk_cli_global_options --help)" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$(_proofdesk_cli_words _proofdesk_cli_subcommands)" -- "$cur")
        fi
        return
    fi

    if [[ $cur == -* ]]; then
        local var=_proofdesk_cli_options_${sub//[^a-z0-9]/_}
        mapfile -t COMPREPLY < <(compgen -W "$(_proofdesk_cli_words "$var" "$sub" --help)" -- "$cur")
        return
    fi
    # Documents (sketches, SMT-LIB, DIMACS), and folders to reach them; verify takes a bundle folder.
    compopt -o filenames 2>/dev/null
    if [[ $sub == verify ]]; then
        mapfile -t COMPREPLY < <(compgen -d -- "$cur")
        return
    fi
    mapfile -t COMPREPLY < <(compgen -d -- "$cur"; for ext in pds smt2 cnf; do compgen -f -X "!*.$ext" -- "$cur"; done)
}

complete -F _proofdesk_cli proofdesk-cli
