;; Read the input from standard input: (read) gives the next number or symbol,
;; (read-line *standard-input* nil) the next line (nil at the end).
;; Write the answer with (format t "~a~%" answer).
(defun main ()
  nil)

(main)
