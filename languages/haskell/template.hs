main :: IO ()
main = do
  tokens <- words <$> getContents
  -- tokens holds the input's whitespace-separated tokens, e.g.
  --   let n = read (head tokens) :: Int
  -- Write the answer with print or putStrLn.
  return ()
