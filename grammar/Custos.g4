// The Custos policy language. The parser is generated at build time (see grammar/CMakeLists.txt);
// the AST builder in compiler/parse/ turns this concrete tree into our own AST.
grammar Custos;

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

file        : header? item* EOF ;
header      : annotation* K_DOMAIN name SEMI ;
item        : importDecl | letDecl | ruleDecl | assertDecl | testDecl | strayHeader ;
// A second `domain` line is parsed so the builder can report it clearly.
strayHeader : annotation* K_DOMAIN name SEMI ;

importDecl  : K_IMPORT qualifiedName (K_AS name)? SEMI ;
letDecl     : annotation* K_LET name ASSIGN expr SEMI ;

annotation  : AT name (LPAREN literal? RPAREN)? ;

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

ruleDecl    : annotation* ruleBody SEMI ;
ruleBody
  : effect=(K_PERMIT | K_FORBID) actionList K_ON productTarget clause*   # accessRule
  | K_MASK columnTarget K_WITH maskCall clause*                        # maskRule
  | K_DENY columnTarget clause*                                      # denyRule
  ;
actionList    : name (COMMA name)* ;
productTarget
  : K_PRODUCTS K_TAGGED tagPath                            # productsTagged
  | qualifiedName                                      # productNamed
  ;
columnTarget
  : K_COLUMNS K_TAGGED tagPath (K_ON productTarget)?         # columnsTagged
  | K_COLUMN qualifiedName                               # columnNamed
  ;
maskCall      : qualifiedName (LPAREN (expr (COMMA expr)*)? RPAREN)? ;
clause
  : K_WHEN expr                                          # whenClause
  | K_UNLESS expr                                        # unlessClause
  | K_ROWS K_WHERE expr                                    # rowsClause
  ;
tagPath       : name (DOT name)* ;
qualifiedName : name (DOT name)* ;

// ---------------------------------------------------------------------------------------------
// Invariants: what the governance team states and `custos check` proves for every request
// ---------------------------------------------------------------------------------------------

assertDecl  : annotation* K_ASSERT assertBody SEMI ;
assertBody
  : columnTarget outcome=(K_DENIED | K_MASKED | K_CLEAR) clause*     # assertColumn
  | productTarget outcome=(K_DENIED | K_READABLE) clause*            # assertAccess
  | productTarget K_ROWS K_WHERE expr clause*                        # assertRows
  ;

// ---------------------------------------------------------------------------------------------
// Policy tests
// ---------------------------------------------------------------------------------------------

testDecl    : annotation* K_TEST STRING LBRACE testStmt* RBRACE ;
testStmt
  : name record SEMI                                   # testAttributes
  | K_ROWS rowList SEMI                                  # testRows
  | K_ROWS K_FROM STRING SEMI                              # testRowsFrom
  | K_EXPECT expectation SEMI                            # testExpect
  | name qualifiedName SEMI                            # testRequest
  ;
expectation
  : K_ALLOW                                              # expectAllow
  | K_DENY                                               # expectDeny
  | K_COLUMN name K_CLEAR                                  # expectClear
  | K_COLUMN name K_MASKED (K_WITH qualifiedName)?           # expectMasked
  | K_COLUMN name K_DENIED                                 # expectDenied
  | K_ROWS LBRACK (INT (COMMA INT)* COMMA?)? RBRACK      # expectRows
  | K_ROW INT record                                     # expectRow
  ;
rowList     : LBRACK (record (COMMA record)* COMMA?)? RBRACK ;
record      : LBRACE (field (COMMA field)* COMMA?)? RBRACE ;
field       : name COLON expr ;

// ---------------------------------------------------------------------------------------------
// Expressions (earlier alternatives bind tighter)
// ---------------------------------------------------------------------------------------------

expr
  : expr DOT name                                           # memberExpr
  | expr LPAREN (expr (COMMA expr)*)? RPAREN                # callExpr
  | MINUS expr                                              # negateExpr
  | expr op=(STAR | SLASH | PERCENT) expr                   # mulExpr
  | expr op=(PLUS | MINUS) expr                             # addExpr
  | expr op=(EQ | NE | LT | LE | GT | GE) expr              # compareExpr
  | expr K_NOT? K_IN expr                                       # inExpr
  | expr K_IS K_NOT? K_NULL                                       # isNullExpr
  | K_NOT expr                                                # notExpr
  | expr K_AND expr                                           # andExpr
  | expr K_OR expr                                            # orExpr
  | primary                                                 # primaryExpr
  ;

primary
  : literal                                                 # literalPrimary
  | LBRACK (expr (COMMA expr)* COMMA?)? RBRACK              # listPrimary
  | LBRACE (expr (COMMA expr)* COMMA?)? RBRACE              # setPrimary
  | LPAREN expr RPAREN                                      # parenPrimary
  | name                                                    # namePrimary
  ;

literal
  : INT                                                     # intLiteral
  | FLOAT                                                   # floatLiteral
  | STRING                                                  # stringLiteral
  | (K_TRUE | K_FALSE)                                          # boolLiteral
  | K_NULL                                                    # nullLiteral
  | K_DATE STRING                                             # dateLiteral
  | K_TIMESTAMP STRING                                        # timestampLiteral
  ;

// Keywords that only have meaning in one position may still name a column or attribute.
name
  : IDENT | QUOTED_IDENT
  | K_DOMAIN | K_GLOBAL | K_IMPORT | K_AS | K_LET | K_PERMIT | K_FORBID | K_MASK | K_DENY | K_COLUMN | K_COLUMNS
  | K_PRODUCTS | K_TAGGED | K_TEST | K_EXPECT | K_ALLOW | K_CLEAR | K_MASKED | K_DENIED | K_ROW | K_ROWS | K_FROM
  | K_DATE | K_TIMESTAMP | K_ON | K_WITH | K_WHERE | K_ASSERT | K_READABLE
  ;

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

K_DOMAIN    : 'domain' ;
K_GLOBAL    : 'global' ;
K_IMPORT    : 'import' ;
K_AS        : 'as' ;
K_LET       : 'let' ;
K_PERMIT    : 'permit' ;
K_FORBID    : 'forbid' ;
K_MASK      : 'mask' ;
K_DENY      : 'deny' ;
K_ASSERT    : 'assert' ;
K_COLUMN    : 'column' ;
K_COLUMNS   : 'columns' ;
K_PRODUCTS  : 'products' ;
K_TAGGED    : 'tagged' ;
K_ON        : 'on' ;
K_WITH      : 'with' ;
K_WHEN      : 'when' ;
K_UNLESS    : 'unless' ;
K_ROWS      : 'rows' ;
K_ROW       : 'row' ;
K_WHERE     : 'where' ;
K_FROM      : 'from' ;
K_TEST      : 'test' ;
K_EXPECT    : 'expect' ;
K_ALLOW     : 'allow' ;
K_CLEAR     : 'clear' ;
K_MASKED    : 'masked' ;
K_DENIED    : 'denied' ;
K_READABLE  : 'readable' ;
K_AND       : 'and' ;
K_OR        : 'or' ;
K_NOT       : 'not' ;
K_IN        : 'in' ;
K_IS        : 'is' ;
K_NULL      : 'null' ;
K_TRUE      : 'true' ;
K_FALSE     : 'false' ;
K_DATE      : 'date' ;
K_TIMESTAMP : 'timestamp' ;

EQ        : '==' ;
NE        : '!=' ;
LE        : '<=' ;
GE        : '>=' ;
LT        : '<' ;
GT        : '>' ;
ASSIGN    : '=' ;
PLUS      : '+' ;
MINUS     : '-' ;
STAR      : '*' ;
SLASH     : '/' ;
PERCENT   : '%' ;
DOT       : '.' ;
COMMA     : ',' ;
SEMI      : ';' ;
COLON     : ':' ;
AT        : '@' ;
LPAREN    : '(' ;
RPAREN    : ')' ;
LBRACK    : '[' ;
RBRACK    : ']' ;
LBRACE    : '{' ;
RBRACE    : '}' ;

FLOAT        : DIGITS '.' DIGITS EXPONENT? | DIGITS EXPONENT ;
INT          : DIGITS ;
STRING       : '"' ( ~["\\\r\n] | '\\' ~[\r\n] )* '"' ;
QUOTED_IDENT : '`' ~[`\r\n]+ '`' ;
IDENT        : [a-zA-Z_] [a-zA-Z_0-9]* ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
WS            : [ \t\r\n]+ -> channel(HIDDEN) ;

// Error tokens: the lexer never fails; the front end turns these into clear diagnostics.
UNTERMINATED_STRING  : '"' ( ~["\\\r\n] | '\\' ~[\r\n] )* '\\'? ;
UNTERMINATED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF ;
BAD_CHAR             : . ;

fragment DIGITS   : [0-9] ('_'? [0-9])* ;
fragment EXPONENT : [eE] [+-]? [0-9]+ ;
