(use-modules (ice-9 rdelim))

(let* ((a (read))
       (b (read))
       (rest (read-line))
       (name (string-trim-both (read-line))))
  (display (string-append "Hello, " name "! " (number->string a) " + " (number->string b)
                          " = " (number->string (+ a b))))
  (newline))
