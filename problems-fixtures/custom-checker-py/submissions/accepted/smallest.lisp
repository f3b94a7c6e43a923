;;; The smallest divisor (SBCL).
(defun solve (n)
  (declare (type (integer 2 1000000000000) n))
  (loop for d of-type fixnum from 2
        while (<= (* d d) n)
        when (zerop (mod n d))
          do (format t "~D ~D~%" d (floor n d))
             (return-from solve))
  (format t "IMPOSSIBLE~%"))

(solve (read))
