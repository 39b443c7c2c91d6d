// util.parseEnv: quoting (single, double with \\n, back quotes), multi-line values, comments,
// export prefixes, whitespace, CRLF, invalid lines and unterminated quotes.
const util = require('util');
const cases = [
  'A = "x" y', 'B="unterminated\nC=2', "C='a\\nb'", 'D=a=b', 'export  E=1', ' # comment\nF=1', 'G="a\\"b"', 'H=  spaced  value  ',
  'I="multi\nline\nvalue"\nJ=after', 'K=#notcomment', 'L=a#b', 'M="x"#c', 'N=\'it\'s\'', 'O=`back\nquote`', 'P="tab\\there"',
  'Q=1\r\nR=2\r\n', 'S', '=T', ' U=1', 'V.W=1', 'X-Y=2', 'export=1', 'Z="\\\\n"', 'AA="a"b"c"', 'BB=\'\'', 'CC=""', 'DD=`a"b\'c`',
  'EE="line1\\nline2" # trailing', 'FF="unterminated # c', 'GG=\'x\nHH=2',
];
for (const c of cases) console.log(JSON.stringify(c), JSON.stringify(util.parseEnv(c)));
