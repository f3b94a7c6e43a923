main :: IO ()
main = do
  [a, b] <- map read . words <$> getLine :: IO [Integer]
  name <- getLine
  putStrLn $ "Hello, " ++ name ++ "! " ++ show a ++ " + " ++ show b ++ " = " ++ show (a + b)
