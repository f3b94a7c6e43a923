(let* ((a (read))
       (b (read))
       ;; read consumes the newline after b, so the name is the next non-empty line
       (name (loop for line = (string-trim " " (read-line))
                   unless (string= line "") return line)))
  (format t "Hello, ~a! ~d + ~d = ~d~%" name a b (+ a b)))
