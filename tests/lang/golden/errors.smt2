; diagnostic errors.pds:7:12: error: expected an expression, found `=`
; diagnostic errors.pds:10:8: error: expected Int, found Bool in `flag + 1`
; diagnostic errors.pds:13:8: error: unknown name `y`
; diagnostic errors.pds:16:17: error: unknown fact `nowhere`
; obligation syntax_error/syntax (goal, error, lines 7-7)
; error: expected an expression, found `=`
; obligation sort_error/statement (goal, error, lines 10-10)
; error: expected Int, found Bool in `flag + 1`
; obligation unknown_name/statement (goal, error, lines 13-13)
; error: unknown name `y`
; obligation unknown_fact/show (goal, error, lines 16-16)
; error: unknown fact `nowhere`
; obligation still_checked/show (goal, to-solve, lines 20-20)
(set-option :produce-models true)
(set-option :produce-unsat-cores true)
(set-logic ALL)
(declare-const x Int)
(assert (! (> x 0) :named h))
(assert (not (>= x 1)))
(check-sat)
