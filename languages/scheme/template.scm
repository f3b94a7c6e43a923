(use-modules (ice-9 rdelim))

;; Read the input: (read) gives the next number or symbol, (read-line) the next line
;; (an end-of-file object at the end: test it with eof-object?).
;; Write the answer with (display answer) (newline).
