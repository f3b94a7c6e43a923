;; GNU Guile: integers are arbitrary precision.
(define a (read))
(define b (read))
(display (+ a b))
(newline)
