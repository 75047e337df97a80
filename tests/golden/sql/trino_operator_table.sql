-- The Trino row filter of each operator-table predicate (tests/support/operator_table.cpp).
-- Regenerate with CUSTOS_UPDATE_GOLDEN=1 ctest -R trino_sql_parses

-- (order_id + 0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 0 IS NOT NULL) AND try("order_id" + 0) IS NULL) THEN NULL ELSE (try("order_id" + 0) IS NULL) END, FALSE)

-- (order_id + 0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 0 IS NOT NULL) AND try("order_id" + 0) IS NULL) THEN NULL ELSE (try("order_id" + 0) IS NOT NULL) END, FALSE)

-- (order_id + 0) > 0
COALESCE((try("order_id" + 0) > 0), FALSE)

-- (order_id + 0) < 0
COALESCE((try("order_id" + 0) < 0), FALSE)

-- (order_id + 0) == 0
COALESCE((try("order_id" + 0) = 0), FALSE)

-- (order_id + 0) >= 1
COALESCE((try("order_id" + 0) >= 1), FALSE)

-- (order_id + 0) <= -1
COALESCE((try("order_id" + 0) <= (-1)), FALSE)

-- (0 + order_id) is null
COALESCE(CASE WHEN ((0 IS NOT NULL AND "order_id" IS NOT NULL) AND try(0 + "order_id") IS NULL) THEN NULL ELSE (try(0 + "order_id") IS NULL) END, FALSE)

-- (0 + order_id) is not null
COALESCE(CASE WHEN ((0 IS NOT NULL AND "order_id" IS NOT NULL) AND try(0 + "order_id") IS NULL) THEN NULL ELSE (try(0 + "order_id") IS NOT NULL) END, FALSE)

-- (0 + order_id) > 0
COALESCE((try(0 + "order_id") > 0), FALSE)

-- (0 + order_id) < 0
COALESCE((try(0 + "order_id") < 0), FALSE)

-- (0 + order_id) == 0
COALESCE((try(0 + "order_id") = 0), FALSE)

-- (0 + order_id) >= 1
COALESCE((try(0 + "order_id") >= 1), FALSE)

-- (0 + order_id) <= -1
COALESCE((try(0 + "order_id") <= (-1)), FALSE)

-- (order_id + 1) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 1 IS NOT NULL) AND try("order_id" + 1) IS NULL) THEN NULL ELSE (try("order_id" + 1) IS NULL) END, FALSE)

-- (order_id + 1) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 1 IS NOT NULL) AND try("order_id" + 1) IS NULL) THEN NULL ELSE (try("order_id" + 1) IS NOT NULL) END, FALSE)

-- (order_id + 1) > 0
COALESCE((try("order_id" + 1) > 0), FALSE)

-- (order_id + 1) < 0
COALESCE((try("order_id" + 1) < 0), FALSE)

-- (order_id + 1) == 0
COALESCE((try("order_id" + 1) = 0), FALSE)

-- (order_id + 1) >= 1
COALESCE((try("order_id" + 1) >= 1), FALSE)

-- (order_id + 1) <= -1
COALESCE((try("order_id" + 1) <= (-1)), FALSE)

-- (1 + order_id) is null
COALESCE(CASE WHEN ((1 IS NOT NULL AND "order_id" IS NOT NULL) AND try(1 + "order_id") IS NULL) THEN NULL ELSE (try(1 + "order_id") IS NULL) END, FALSE)

-- (1 + order_id) is not null
COALESCE(CASE WHEN ((1 IS NOT NULL AND "order_id" IS NOT NULL) AND try(1 + "order_id") IS NULL) THEN NULL ELSE (try(1 + "order_id") IS NOT NULL) END, FALSE)

-- (1 + order_id) > 0
COALESCE((try(1 + "order_id") > 0), FALSE)

-- (1 + order_id) < 0
COALESCE((try(1 + "order_id") < 0), FALSE)

-- (1 + order_id) == 0
COALESCE((try(1 + "order_id") = 0), FALSE)

-- (1 + order_id) >= 1
COALESCE((try(1 + "order_id") >= 1), FALSE)

-- (1 + order_id) <= -1
COALESCE((try(1 + "order_id") <= (-1)), FALSE)

-- (order_id + -1) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-1) IS NOT NULL) AND try("order_id" + (-1)) IS NULL) THEN NULL ELSE (try("order_id" + (-1)) IS NULL) END, FALSE)

-- (order_id + -1) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-1) IS NOT NULL) AND try("order_id" + (-1)) IS NULL) THEN NULL ELSE (try("order_id" + (-1)) IS NOT NULL) END, FALSE)

-- (order_id + -1) > 0
COALESCE((try("order_id" + (-1)) > 0), FALSE)

-- (order_id + -1) < 0
COALESCE((try("order_id" + (-1)) < 0), FALSE)

-- (order_id + -1) == 0
COALESCE((try("order_id" + (-1)) = 0), FALSE)

-- (order_id + -1) >= 1
COALESCE((try("order_id" + (-1)) >= 1), FALSE)

-- (order_id + -1) <= -1
COALESCE((try("order_id" + (-1)) <= (-1)), FALSE)

-- (-1 + order_id) is null
COALESCE(CASE WHEN (((-1) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-1) + "order_id") IS NULL) THEN NULL ELSE (try((-1) + "order_id") IS NULL) END, FALSE)

-- (-1 + order_id) is not null
COALESCE(CASE WHEN (((-1) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-1) + "order_id") IS NULL) THEN NULL ELSE (try((-1) + "order_id") IS NOT NULL) END, FALSE)

-- (-1 + order_id) > 0
COALESCE((try((-1) + "order_id") > 0), FALSE)

-- (-1 + order_id) < 0
COALESCE((try((-1) + "order_id") < 0), FALSE)

-- (-1 + order_id) == 0
COALESCE((try((-1) + "order_id") = 0), FALSE)

-- (-1 + order_id) >= 1
COALESCE((try((-1) + "order_id") >= 1), FALSE)

-- (-1 + order_id) <= -1
COALESCE((try((-1) + "order_id") <= (-1)), FALSE)

-- (order_id + 7) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 7 IS NOT NULL) AND try("order_id" + 7) IS NULL) THEN NULL ELSE (try("order_id" + 7) IS NULL) END, FALSE)

-- (order_id + 7) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 7 IS NOT NULL) AND try("order_id" + 7) IS NULL) THEN NULL ELSE (try("order_id" + 7) IS NOT NULL) END, FALSE)

-- (order_id + 7) > 0
COALESCE((try("order_id" + 7) > 0), FALSE)

-- (order_id + 7) < 0
COALESCE((try("order_id" + 7) < 0), FALSE)

-- (order_id + 7) == 0
COALESCE((try("order_id" + 7) = 0), FALSE)

-- (order_id + 7) >= 1
COALESCE((try("order_id" + 7) >= 1), FALSE)

-- (order_id + 7) <= -1
COALESCE((try("order_id" + 7) <= (-1)), FALSE)

-- (7 + order_id) is null
COALESCE(CASE WHEN ((7 IS NOT NULL AND "order_id" IS NOT NULL) AND try(7 + "order_id") IS NULL) THEN NULL ELSE (try(7 + "order_id") IS NULL) END, FALSE)

-- (7 + order_id) is not null
COALESCE(CASE WHEN ((7 IS NOT NULL AND "order_id" IS NOT NULL) AND try(7 + "order_id") IS NULL) THEN NULL ELSE (try(7 + "order_id") IS NOT NULL) END, FALSE)

-- (7 + order_id) > 0
COALESCE((try(7 + "order_id") > 0), FALSE)

-- (7 + order_id) < 0
COALESCE((try(7 + "order_id") < 0), FALSE)

-- (7 + order_id) == 0
COALESCE((try(7 + "order_id") = 0), FALSE)

-- (7 + order_id) >= 1
COALESCE((try(7 + "order_id") >= 1), FALSE)

-- (7 + order_id) <= -1
COALESCE((try(7 + "order_id") <= (-1)), FALSE)

-- (order_id + -7) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-7) IS NOT NULL) AND try("order_id" + (-7)) IS NULL) THEN NULL ELSE (try("order_id" + (-7)) IS NULL) END, FALSE)

-- (order_id + -7) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-7) IS NOT NULL) AND try("order_id" + (-7)) IS NULL) THEN NULL ELSE (try("order_id" + (-7)) IS NOT NULL) END, FALSE)

-- (order_id + -7) > 0
COALESCE((try("order_id" + (-7)) > 0), FALSE)

-- (order_id + -7) < 0
COALESCE((try("order_id" + (-7)) < 0), FALSE)

-- (order_id + -7) == 0
COALESCE((try("order_id" + (-7)) = 0), FALSE)

-- (order_id + -7) >= 1
COALESCE((try("order_id" + (-7)) >= 1), FALSE)

-- (order_id + -7) <= -1
COALESCE((try("order_id" + (-7)) <= (-1)), FALSE)

-- (-7 + order_id) is null
COALESCE(CASE WHEN (((-7) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-7) + "order_id") IS NULL) THEN NULL ELSE (try((-7) + "order_id") IS NULL) END, FALSE)

-- (-7 + order_id) is not null
COALESCE(CASE WHEN (((-7) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-7) + "order_id") IS NULL) THEN NULL ELSE (try((-7) + "order_id") IS NOT NULL) END, FALSE)

-- (-7 + order_id) > 0
COALESCE((try((-7) + "order_id") > 0), FALSE)

-- (-7 + order_id) < 0
COALESCE((try((-7) + "order_id") < 0), FALSE)

-- (-7 + order_id) == 0
COALESCE((try((-7) + "order_id") = 0), FALSE)

-- (-7 + order_id) >= 1
COALESCE((try((-7) + "order_id") >= 1), FALSE)

-- (-7 + order_id) <= -1
COALESCE((try((-7) + "order_id") <= (-1)), FALSE)

-- (order_id + 9223372036854775807) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9223372036854775807 IS NOT NULL) AND try("order_id" + 9223372036854775807) IS NULL) THEN NULL ELSE (try("order_id" + 9223372036854775807) IS NULL) END, FALSE)

-- (order_id + 9223372036854775807) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9223372036854775807 IS NOT NULL) AND try("order_id" + 9223372036854775807) IS NULL) THEN NULL ELSE (try("order_id" + 9223372036854775807) IS NOT NULL) END, FALSE)

-- (order_id + 9223372036854775807) > 0
COALESCE((try("order_id" + 9223372036854775807) > 0), FALSE)

-- (order_id + 9223372036854775807) < 0
COALESCE((try("order_id" + 9223372036854775807) < 0), FALSE)

-- (order_id + 9223372036854775807) == 0
COALESCE((try("order_id" + 9223372036854775807) = 0), FALSE)

-- (order_id + 9223372036854775807) >= 1
COALESCE((try("order_id" + 9223372036854775807) >= 1), FALSE)

-- (order_id + 9223372036854775807) <= -1
COALESCE((try("order_id" + 9223372036854775807) <= (-1)), FALSE)

-- (9223372036854775807 + order_id) is null
COALESCE(CASE WHEN ((9223372036854775807 IS NOT NULL AND "order_id" IS NOT NULL) AND try(9223372036854775807 + "order_id") IS NULL) THEN NULL ELSE (try(9223372036854775807 + "order_id") IS NULL) END, FALSE)

-- (9223372036854775807 + order_id) is not null
COALESCE(CASE WHEN ((9223372036854775807 IS NOT NULL AND "order_id" IS NOT NULL) AND try(9223372036854775807 + "order_id") IS NULL) THEN NULL ELSE (try(9223372036854775807 + "order_id") IS NOT NULL) END, FALSE)

-- (9223372036854775807 + order_id) > 0
COALESCE((try(9223372036854775807 + "order_id") > 0), FALSE)

-- (9223372036854775807 + order_id) < 0
COALESCE((try(9223372036854775807 + "order_id") < 0), FALSE)

-- (9223372036854775807 + order_id) == 0
COALESCE((try(9223372036854775807 + "order_id") = 0), FALSE)

-- (9223372036854775807 + order_id) >= 1
COALESCE((try(9223372036854775807 + "order_id") >= 1), FALSE)

-- (9223372036854775807 + order_id) <= -1
COALESCE((try(9223372036854775807 + "order_id") <= (-1)), FALSE)

-- (order_id + -9223372036854775808) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-9223372036854775807 - 1) IS NOT NULL) AND try("order_id" + (-9223372036854775807 - 1)) IS NULL) THEN NULL ELSE (try("order_id" + (-9223372036854775807 - 1)) IS NULL) END, FALSE)

-- (order_id + -9223372036854775808) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-9223372036854775807 - 1) IS NOT NULL) AND try("order_id" + (-9223372036854775807 - 1)) IS NULL) THEN NULL ELSE (try("order_id" + (-9223372036854775807 - 1)) IS NOT NULL) END, FALSE)

-- (order_id + -9223372036854775808) > 0
COALESCE((try("order_id" + (-9223372036854775807 - 1)) > 0), FALSE)

-- (order_id + -9223372036854775808) < 0
COALESCE((try("order_id" + (-9223372036854775807 - 1)) < 0), FALSE)

-- (order_id + -9223372036854775808) == 0
COALESCE((try("order_id" + (-9223372036854775807 - 1)) = 0), FALSE)

-- (order_id + -9223372036854775808) >= 1
COALESCE((try("order_id" + (-9223372036854775807 - 1)) >= 1), FALSE)

-- (order_id + -9223372036854775808) <= -1
COALESCE((try("order_id" + (-9223372036854775807 - 1)) <= (-1)), FALSE)

-- (-9223372036854775808 + order_id) is null
COALESCE(CASE WHEN (((-9223372036854775807 - 1) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-9223372036854775807 - 1) + "order_id") IS NULL) THEN NULL ELSE (try((-9223372036854775807 - 1) + "order_id") IS NULL) END, FALSE)

-- (-9223372036854775808 + order_id) is not null
COALESCE(CASE WHEN (((-9223372036854775807 - 1) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-9223372036854775807 - 1) + "order_id") IS NULL) THEN NULL ELSE (try((-9223372036854775807 - 1) + "order_id") IS NOT NULL) END, FALSE)

-- (-9223372036854775808 + order_id) > 0
COALESCE((try((-9223372036854775807 - 1) + "order_id") > 0), FALSE)

-- (-9223372036854775808 + order_id) < 0
COALESCE((try((-9223372036854775807 - 1) + "order_id") < 0), FALSE)

-- (-9223372036854775808 + order_id) == 0
COALESCE((try((-9223372036854775807 - 1) + "order_id") = 0), FALSE)

-- (-9223372036854775808 + order_id) >= 1
COALESCE((try((-9223372036854775807 - 1) + "order_id") >= 1), FALSE)

-- (-9223372036854775808 + order_id) <= -1
COALESCE((try((-9223372036854775807 - 1) + "order_id") <= (-1)), FALSE)

-- (order_id + 9007199254740993) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9007199254740993 IS NOT NULL) AND try("order_id" + 9007199254740993) IS NULL) THEN NULL ELSE (try("order_id" + 9007199254740993) IS NULL) END, FALSE)

-- (order_id + 9007199254740993) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9007199254740993 IS NOT NULL) AND try("order_id" + 9007199254740993) IS NULL) THEN NULL ELSE (try("order_id" + 9007199254740993) IS NOT NULL) END, FALSE)

-- (order_id + 9007199254740993) > 0
COALESCE((try("order_id" + 9007199254740993) > 0), FALSE)

-- (order_id + 9007199254740993) < 0
COALESCE((try("order_id" + 9007199254740993) < 0), FALSE)

-- (order_id + 9007199254740993) == 0
COALESCE((try("order_id" + 9007199254740993) = 0), FALSE)

-- (order_id + 9007199254740993) >= 1
COALESCE((try("order_id" + 9007199254740993) >= 1), FALSE)

-- (order_id + 9007199254740993) <= -1
COALESCE((try("order_id" + 9007199254740993) <= (-1)), FALSE)

-- (9007199254740993 + order_id) is null
COALESCE(CASE WHEN ((9007199254740993 IS NOT NULL AND "order_id" IS NOT NULL) AND try(9007199254740993 + "order_id") IS NULL) THEN NULL ELSE (try(9007199254740993 + "order_id") IS NULL) END, FALSE)

-- (9007199254740993 + order_id) is not null
COALESCE(CASE WHEN ((9007199254740993 IS NOT NULL AND "order_id" IS NOT NULL) AND try(9007199254740993 + "order_id") IS NULL) THEN NULL ELSE (try(9007199254740993 + "order_id") IS NOT NULL) END, FALSE)

-- (9007199254740993 + order_id) > 0
COALESCE((try(9007199254740993 + "order_id") > 0), FALSE)

-- (9007199254740993 + order_id) < 0
COALESCE((try(9007199254740993 + "order_id") < 0), FALSE)

-- (9007199254740993 + order_id) == 0
COALESCE((try(9007199254740993 + "order_id") = 0), FALSE)

-- (9007199254740993 + order_id) >= 1
COALESCE((try(9007199254740993 + "order_id") >= 1), FALSE)

-- (9007199254740993 + order_id) <= -1
COALESCE((try(9007199254740993 + "order_id") <= (-1)), FALSE)

-- (amount + 0.0) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('0.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" + CAST('0.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('0.0' AS DOUBLE)) THEN ("amount" + CAST('0.0' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount + 0.0) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('0.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" + CAST('0.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('0.0' AS DOUBLE)) THEN ("amount" + CAST('0.0' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount + 0.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('0.0' AS DOUBLE)) THEN ("amount" + CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('0.0' AS DOUBLE)) THEN ("amount" + CAST('0.0' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + 0.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('0.0' AS DOUBLE)) THEN ("amount" + CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('0.0' AS DOUBLE)) THEN ("amount" + CAST('0.0' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + 0.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('0.0' AS DOUBLE)) THEN ("amount" + CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('0.0' AS DOUBLE)) THEN ("amount" + CAST('0.0' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + 0.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('0.0' AS DOUBLE)) THEN ("amount" + CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('0.0' AS DOUBLE)) THEN ("amount" + CAST('0.0' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount + 0.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('0.0' AS DOUBLE)) THEN ("amount" + CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('0.0' AS DOUBLE)) THEN ("amount" + CAST('0.0' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id + 0.0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('0.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id + 0.0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('0.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id + 0.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + 0.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + 0.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + 0.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id + 0.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('0.0' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount + 1.5) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" + CAST('1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('1.5' AS DOUBLE)) THEN ("amount" + CAST('1.5' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount + 1.5) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" + CAST('1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('1.5' AS DOUBLE)) THEN ("amount" + CAST('1.5' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount + 1.5) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('1.5' AS DOUBLE)) THEN ("amount" + CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('1.5' AS DOUBLE)) THEN ("amount" + CAST('1.5' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + 1.5) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('1.5' AS DOUBLE)) THEN ("amount" + CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('1.5' AS DOUBLE)) THEN ("amount" + CAST('1.5' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + 1.5) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('1.5' AS DOUBLE)) THEN ("amount" + CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('1.5' AS DOUBLE)) THEN ("amount" + CAST('1.5' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + 1.5) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('1.5' AS DOUBLE)) THEN ("amount" + CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('1.5' AS DOUBLE)) THEN ("amount" + CAST('1.5' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount + 1.5) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('1.5' AS DOUBLE)) THEN ("amount" + CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('1.5' AS DOUBLE)) THEN ("amount" + CAST('1.5' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id + 1.5) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id + 1.5) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id + 1.5) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + 1.5) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + 1.5) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + 1.5) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id + 1.5) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1.5' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount + -1.5) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('-1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" + CAST('-1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('-1.5' AS DOUBLE)) THEN ("amount" + CAST('-1.5' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount + -1.5) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('-1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" + CAST('-1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('-1.5' AS DOUBLE)) THEN ("amount" + CAST('-1.5' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount + -1.5) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('-1.5' AS DOUBLE)) THEN ("amount" + CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('-1.5' AS DOUBLE)) THEN ("amount" + CAST('-1.5' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + -1.5) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('-1.5' AS DOUBLE)) THEN ("amount" + CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('-1.5' AS DOUBLE)) THEN ("amount" + CAST('-1.5' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + -1.5) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('-1.5' AS DOUBLE)) THEN ("amount" + CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('-1.5' AS DOUBLE)) THEN ("amount" + CAST('-1.5' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + -1.5) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('-1.5' AS DOUBLE)) THEN ("amount" + CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('-1.5' AS DOUBLE)) THEN ("amount" + CAST('-1.5' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount + -1.5) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('-1.5' AS DOUBLE)) THEN ("amount" + CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('-1.5' AS DOUBLE)) THEN ("amount" + CAST('-1.5' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id + -1.5) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('-1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id + -1.5) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('-1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id + -1.5) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + -1.5) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + -1.5) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + -1.5) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id + -1.5) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-1.5' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount + 9007199254740993.0) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('9007199254740992.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" + CAST('9007199254740992.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" + CAST('9007199254740992.0' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount + 9007199254740993.0) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('9007199254740992.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" + CAST('9007199254740992.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" + CAST('9007199254740992.0' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount + 9007199254740993.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" + CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" + CAST('9007199254740992.0' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + 9007199254740993.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" + CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" + CAST('9007199254740992.0' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + 9007199254740993.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" + CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" + CAST('9007199254740992.0' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + 9007199254740993.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" + CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" + CAST('9007199254740992.0' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount + 9007199254740993.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" + CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" + CAST('9007199254740992.0' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id + 9007199254740993.0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('9007199254740992.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id + 9007199254740993.0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('9007199254740992.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id + 9007199254740993.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + 9007199254740993.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + 9007199254740993.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + 9007199254740993.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id + 9007199254740993.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9007199254740992.0' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount + 9223372036854775807.0) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" + CAST('9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount + 9223372036854775807.0) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" + CAST('9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount + 9223372036854775807.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + 9223372036854775807.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + 9223372036854775807.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + 9223372036854775807.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount + 9223372036854775807.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('9.2233720368547758e+18' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id + 9223372036854775807.0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id + 9223372036854775807.0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id + 9223372036854775807.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + 9223372036854775807.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + 9223372036854775807.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + 9223372036854775807.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id + 9223372036854775807.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('9.2233720368547758e+18' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount + -9223372036854775808.0) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('-9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount + -9223372036854775808.0) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('-9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount + -9223372036854775808.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + -9223372036854775808.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + -9223372036854775808.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + -9223372036854775808.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount + -9223372036854775808.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" + CAST('-9.2233720368547758e+18' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id + -9223372036854775808.0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('-9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id + -9223372036854775808.0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('-9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id + -9223372036854775808.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + -9223372036854775808.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + -9223372036854775808.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + -9223372036854775808.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id + -9223372036854775808.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('-9.2233720368547758e+18' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount + 1e308) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('1e+308' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" + CAST('1e+308' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('1e+308' AS DOUBLE)) THEN ("amount" + CAST('1e+308' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount + 1e308) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('1e+308' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" + CAST('1e+308' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('1e+308' AS DOUBLE)) THEN ("amount" + CAST('1e+308' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount + 1e308) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('1e+308' AS DOUBLE)) THEN ("amount" + CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('1e+308' AS DOUBLE)) THEN ("amount" + CAST('1e+308' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + 1e308) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('1e+308' AS DOUBLE)) THEN ("amount" + CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('1e+308' AS DOUBLE)) THEN ("amount" + CAST('1e+308' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + 1e308) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('1e+308' AS DOUBLE)) THEN ("amount" + CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('1e+308' AS DOUBLE)) THEN ("amount" + CAST('1e+308' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + 1e308) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('1e+308' AS DOUBLE)) THEN ("amount" + CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('1e+308' AS DOUBLE)) THEN ("amount" + CAST('1e+308' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount + 1e308) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST('1e+308' AS DOUBLE)) THEN ("amount" + CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST('1e+308' AS DOUBLE)) THEN ("amount" + CAST('1e+308' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id + 1e308) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('1e+308' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id + 1e308) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('1e+308' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id + 1e308) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + 1e308) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + 1e308) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id + 1e308) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id + 1e308) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) + CAST('1e+308' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount + order_id) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite("amount" + CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST("order_id" AS DOUBLE)) THEN ("amount" + CAST("order_id" AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount + order_id) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite("amount" + CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST("order_id" AS DOUBLE)) THEN ("amount" + CAST("order_id" AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount + order_id) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST("order_id" AS DOUBLE)) THEN ("amount" + CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST("order_id" AS DOUBLE)) THEN ("amount" + CAST("order_id" AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + order_id) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST("order_id" AS DOUBLE)) THEN ("amount" + CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST("order_id" AS DOUBLE)) THEN ("amount" + CAST("order_id" AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + order_id) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST("order_id" AS DOUBLE)) THEN ("amount" + CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST("order_id" AS DOUBLE)) THEN ("amount" + CAST("order_id" AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount + order_id) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST("order_id" AS DOUBLE)) THEN ("amount" + CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST("order_id" AS DOUBLE)) THEN ("amount" + CAST("order_id" AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount + order_id) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" + CAST("order_id" AS DOUBLE)) THEN ("amount" + CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" + CAST("order_id" AS DOUBLE)) THEN ("amount" + CAST("order_id" AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id - 0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 0 IS NOT NULL) AND try("order_id" - 0) IS NULL) THEN NULL ELSE (try("order_id" - 0) IS NULL) END, FALSE)

-- (order_id - 0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 0 IS NOT NULL) AND try("order_id" - 0) IS NULL) THEN NULL ELSE (try("order_id" - 0) IS NOT NULL) END, FALSE)

-- (order_id - 0) > 0
COALESCE((try("order_id" - 0) > 0), FALSE)

-- (order_id - 0) < 0
COALESCE((try("order_id" - 0) < 0), FALSE)

-- (order_id - 0) == 0
COALESCE((try("order_id" - 0) = 0), FALSE)

-- (order_id - 0) >= 1
COALESCE((try("order_id" - 0) >= 1), FALSE)

-- (order_id - 0) <= -1
COALESCE((try("order_id" - 0) <= (-1)), FALSE)

-- (0 - order_id) is null
COALESCE(CASE WHEN ((0 IS NOT NULL AND "order_id" IS NOT NULL) AND try(0 - "order_id") IS NULL) THEN NULL ELSE (try(0 - "order_id") IS NULL) END, FALSE)

-- (0 - order_id) is not null
COALESCE(CASE WHEN ((0 IS NOT NULL AND "order_id" IS NOT NULL) AND try(0 - "order_id") IS NULL) THEN NULL ELSE (try(0 - "order_id") IS NOT NULL) END, FALSE)

-- (0 - order_id) > 0
COALESCE((try(0 - "order_id") > 0), FALSE)

-- (0 - order_id) < 0
COALESCE((try(0 - "order_id") < 0), FALSE)

-- (0 - order_id) == 0
COALESCE((try(0 - "order_id") = 0), FALSE)

-- (0 - order_id) >= 1
COALESCE((try(0 - "order_id") >= 1), FALSE)

-- (0 - order_id) <= -1
COALESCE((try(0 - "order_id") <= (-1)), FALSE)

-- (order_id - 1) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 1 IS NOT NULL) AND try("order_id" - 1) IS NULL) THEN NULL ELSE (try("order_id" - 1) IS NULL) END, FALSE)

-- (order_id - 1) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 1 IS NOT NULL) AND try("order_id" - 1) IS NULL) THEN NULL ELSE (try("order_id" - 1) IS NOT NULL) END, FALSE)

-- (order_id - 1) > 0
COALESCE((try("order_id" - 1) > 0), FALSE)

-- (order_id - 1) < 0
COALESCE((try("order_id" - 1) < 0), FALSE)

-- (order_id - 1) == 0
COALESCE((try("order_id" - 1) = 0), FALSE)

-- (order_id - 1) >= 1
COALESCE((try("order_id" - 1) >= 1), FALSE)

-- (order_id - 1) <= -1
COALESCE((try("order_id" - 1) <= (-1)), FALSE)

-- (1 - order_id) is null
COALESCE(CASE WHEN ((1 IS NOT NULL AND "order_id" IS NOT NULL) AND try(1 - "order_id") IS NULL) THEN NULL ELSE (try(1 - "order_id") IS NULL) END, FALSE)

-- (1 - order_id) is not null
COALESCE(CASE WHEN ((1 IS NOT NULL AND "order_id" IS NOT NULL) AND try(1 - "order_id") IS NULL) THEN NULL ELSE (try(1 - "order_id") IS NOT NULL) END, FALSE)

-- (1 - order_id) > 0
COALESCE((try(1 - "order_id") > 0), FALSE)

-- (1 - order_id) < 0
COALESCE((try(1 - "order_id") < 0), FALSE)

-- (1 - order_id) == 0
COALESCE((try(1 - "order_id") = 0), FALSE)

-- (1 - order_id) >= 1
COALESCE((try(1 - "order_id") >= 1), FALSE)

-- (1 - order_id) <= -1
COALESCE((try(1 - "order_id") <= (-1)), FALSE)

-- (order_id - -1) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-1) IS NOT NULL) AND try("order_id" - (-1)) IS NULL) THEN NULL ELSE (try("order_id" - (-1)) IS NULL) END, FALSE)

-- (order_id - -1) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-1) IS NOT NULL) AND try("order_id" - (-1)) IS NULL) THEN NULL ELSE (try("order_id" - (-1)) IS NOT NULL) END, FALSE)

-- (order_id - -1) > 0
COALESCE((try("order_id" - (-1)) > 0), FALSE)

-- (order_id - -1) < 0
COALESCE((try("order_id" - (-1)) < 0), FALSE)

-- (order_id - -1) == 0
COALESCE((try("order_id" - (-1)) = 0), FALSE)

-- (order_id - -1) >= 1
COALESCE((try("order_id" - (-1)) >= 1), FALSE)

-- (order_id - -1) <= -1
COALESCE((try("order_id" - (-1)) <= (-1)), FALSE)

-- (-1 - order_id) is null
COALESCE(CASE WHEN (((-1) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-1) - "order_id") IS NULL) THEN NULL ELSE (try((-1) - "order_id") IS NULL) END, FALSE)

-- (-1 - order_id) is not null
COALESCE(CASE WHEN (((-1) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-1) - "order_id") IS NULL) THEN NULL ELSE (try((-1) - "order_id") IS NOT NULL) END, FALSE)

-- (-1 - order_id) > 0
COALESCE((try((-1) - "order_id") > 0), FALSE)

-- (-1 - order_id) < 0
COALESCE((try((-1) - "order_id") < 0), FALSE)

-- (-1 - order_id) == 0
COALESCE((try((-1) - "order_id") = 0), FALSE)

-- (-1 - order_id) >= 1
COALESCE((try((-1) - "order_id") >= 1), FALSE)

-- (-1 - order_id) <= -1
COALESCE((try((-1) - "order_id") <= (-1)), FALSE)

-- (order_id - 7) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 7 IS NOT NULL) AND try("order_id" - 7) IS NULL) THEN NULL ELSE (try("order_id" - 7) IS NULL) END, FALSE)

-- (order_id - 7) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 7 IS NOT NULL) AND try("order_id" - 7) IS NULL) THEN NULL ELSE (try("order_id" - 7) IS NOT NULL) END, FALSE)

-- (order_id - 7) > 0
COALESCE((try("order_id" - 7) > 0), FALSE)

-- (order_id - 7) < 0
COALESCE((try("order_id" - 7) < 0), FALSE)

-- (order_id - 7) == 0
COALESCE((try("order_id" - 7) = 0), FALSE)

-- (order_id - 7) >= 1
COALESCE((try("order_id" - 7) >= 1), FALSE)

-- (order_id - 7) <= -1
COALESCE((try("order_id" - 7) <= (-1)), FALSE)

-- (7 - order_id) is null
COALESCE(CASE WHEN ((7 IS NOT NULL AND "order_id" IS NOT NULL) AND try(7 - "order_id") IS NULL) THEN NULL ELSE (try(7 - "order_id") IS NULL) END, FALSE)

-- (7 - order_id) is not null
COALESCE(CASE WHEN ((7 IS NOT NULL AND "order_id" IS NOT NULL) AND try(7 - "order_id") IS NULL) THEN NULL ELSE (try(7 - "order_id") IS NOT NULL) END, FALSE)

-- (7 - order_id) > 0
COALESCE((try(7 - "order_id") > 0), FALSE)

-- (7 - order_id) < 0
COALESCE((try(7 - "order_id") < 0), FALSE)

-- (7 - order_id) == 0
COALESCE((try(7 - "order_id") = 0), FALSE)

-- (7 - order_id) >= 1
COALESCE((try(7 - "order_id") >= 1), FALSE)

-- (7 - order_id) <= -1
COALESCE((try(7 - "order_id") <= (-1)), FALSE)

-- (order_id - -7) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-7) IS NOT NULL) AND try("order_id" - (-7)) IS NULL) THEN NULL ELSE (try("order_id" - (-7)) IS NULL) END, FALSE)

-- (order_id - -7) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-7) IS NOT NULL) AND try("order_id" - (-7)) IS NULL) THEN NULL ELSE (try("order_id" - (-7)) IS NOT NULL) END, FALSE)

-- (order_id - -7) > 0
COALESCE((try("order_id" - (-7)) > 0), FALSE)

-- (order_id - -7) < 0
COALESCE((try("order_id" - (-7)) < 0), FALSE)

-- (order_id - -7) == 0
COALESCE((try("order_id" - (-7)) = 0), FALSE)

-- (order_id - -7) >= 1
COALESCE((try("order_id" - (-7)) >= 1), FALSE)

-- (order_id - -7) <= -1
COALESCE((try("order_id" - (-7)) <= (-1)), FALSE)

-- (-7 - order_id) is null
COALESCE(CASE WHEN (((-7) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-7) - "order_id") IS NULL) THEN NULL ELSE (try((-7) - "order_id") IS NULL) END, FALSE)

-- (-7 - order_id) is not null
COALESCE(CASE WHEN (((-7) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-7) - "order_id") IS NULL) THEN NULL ELSE (try((-7) - "order_id") IS NOT NULL) END, FALSE)

-- (-7 - order_id) > 0
COALESCE((try((-7) - "order_id") > 0), FALSE)

-- (-7 - order_id) < 0
COALESCE((try((-7) - "order_id") < 0), FALSE)

-- (-7 - order_id) == 0
COALESCE((try((-7) - "order_id") = 0), FALSE)

-- (-7 - order_id) >= 1
COALESCE((try((-7) - "order_id") >= 1), FALSE)

-- (-7 - order_id) <= -1
COALESCE((try((-7) - "order_id") <= (-1)), FALSE)

-- (order_id - 9223372036854775807) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9223372036854775807 IS NOT NULL) AND try("order_id" - 9223372036854775807) IS NULL) THEN NULL ELSE (try("order_id" - 9223372036854775807) IS NULL) END, FALSE)

-- (order_id - 9223372036854775807) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9223372036854775807 IS NOT NULL) AND try("order_id" - 9223372036854775807) IS NULL) THEN NULL ELSE (try("order_id" - 9223372036854775807) IS NOT NULL) END, FALSE)

-- (order_id - 9223372036854775807) > 0
COALESCE((try("order_id" - 9223372036854775807) > 0), FALSE)

-- (order_id - 9223372036854775807) < 0
COALESCE((try("order_id" - 9223372036854775807) < 0), FALSE)

-- (order_id - 9223372036854775807) == 0
COALESCE((try("order_id" - 9223372036854775807) = 0), FALSE)

-- (order_id - 9223372036854775807) >= 1
COALESCE((try("order_id" - 9223372036854775807) >= 1), FALSE)

-- (order_id - 9223372036854775807) <= -1
COALESCE((try("order_id" - 9223372036854775807) <= (-1)), FALSE)

-- (9223372036854775807 - order_id) is null
COALESCE(CASE WHEN ((9223372036854775807 IS NOT NULL AND "order_id" IS NOT NULL) AND try(9223372036854775807 - "order_id") IS NULL) THEN NULL ELSE (try(9223372036854775807 - "order_id") IS NULL) END, FALSE)

-- (9223372036854775807 - order_id) is not null
COALESCE(CASE WHEN ((9223372036854775807 IS NOT NULL AND "order_id" IS NOT NULL) AND try(9223372036854775807 - "order_id") IS NULL) THEN NULL ELSE (try(9223372036854775807 - "order_id") IS NOT NULL) END, FALSE)

-- (9223372036854775807 - order_id) > 0
COALESCE((try(9223372036854775807 - "order_id") > 0), FALSE)

-- (9223372036854775807 - order_id) < 0
COALESCE((try(9223372036854775807 - "order_id") < 0), FALSE)

-- (9223372036854775807 - order_id) == 0
COALESCE((try(9223372036854775807 - "order_id") = 0), FALSE)

-- (9223372036854775807 - order_id) >= 1
COALESCE((try(9223372036854775807 - "order_id") >= 1), FALSE)

-- (9223372036854775807 - order_id) <= -1
COALESCE((try(9223372036854775807 - "order_id") <= (-1)), FALSE)

-- (order_id - -9223372036854775808) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-9223372036854775807 - 1) IS NOT NULL) AND try("order_id" - (-9223372036854775807 - 1)) IS NULL) THEN NULL ELSE (try("order_id" - (-9223372036854775807 - 1)) IS NULL) END, FALSE)

-- (order_id - -9223372036854775808) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-9223372036854775807 - 1) IS NOT NULL) AND try("order_id" - (-9223372036854775807 - 1)) IS NULL) THEN NULL ELSE (try("order_id" - (-9223372036854775807 - 1)) IS NOT NULL) END, FALSE)

-- (order_id - -9223372036854775808) > 0
COALESCE((try("order_id" - (-9223372036854775807 - 1)) > 0), FALSE)

-- (order_id - -9223372036854775808) < 0
COALESCE((try("order_id" - (-9223372036854775807 - 1)) < 0), FALSE)

-- (order_id - -9223372036854775808) == 0
COALESCE((try("order_id" - (-9223372036854775807 - 1)) = 0), FALSE)

-- (order_id - -9223372036854775808) >= 1
COALESCE((try("order_id" - (-9223372036854775807 - 1)) >= 1), FALSE)

-- (order_id - -9223372036854775808) <= -1
COALESCE((try("order_id" - (-9223372036854775807 - 1)) <= (-1)), FALSE)

-- (-9223372036854775808 - order_id) is null
COALESCE(CASE WHEN (((-9223372036854775807 - 1) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-9223372036854775807 - 1) - "order_id") IS NULL) THEN NULL ELSE (try((-9223372036854775807 - 1) - "order_id") IS NULL) END, FALSE)

-- (-9223372036854775808 - order_id) is not null
COALESCE(CASE WHEN (((-9223372036854775807 - 1) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-9223372036854775807 - 1) - "order_id") IS NULL) THEN NULL ELSE (try((-9223372036854775807 - 1) - "order_id") IS NOT NULL) END, FALSE)

-- (-9223372036854775808 - order_id) > 0
COALESCE((try((-9223372036854775807 - 1) - "order_id") > 0), FALSE)

-- (-9223372036854775808 - order_id) < 0
COALESCE((try((-9223372036854775807 - 1) - "order_id") < 0), FALSE)

-- (-9223372036854775808 - order_id) == 0
COALESCE((try((-9223372036854775807 - 1) - "order_id") = 0), FALSE)

-- (-9223372036854775808 - order_id) >= 1
COALESCE((try((-9223372036854775807 - 1) - "order_id") >= 1), FALSE)

-- (-9223372036854775808 - order_id) <= -1
COALESCE((try((-9223372036854775807 - 1) - "order_id") <= (-1)), FALSE)

-- (order_id - 9007199254740993) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9007199254740993 IS NOT NULL) AND try("order_id" - 9007199254740993) IS NULL) THEN NULL ELSE (try("order_id" - 9007199254740993) IS NULL) END, FALSE)

-- (order_id - 9007199254740993) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9007199254740993 IS NOT NULL) AND try("order_id" - 9007199254740993) IS NULL) THEN NULL ELSE (try("order_id" - 9007199254740993) IS NOT NULL) END, FALSE)

-- (order_id - 9007199254740993) > 0
COALESCE((try("order_id" - 9007199254740993) > 0), FALSE)

-- (order_id - 9007199254740993) < 0
COALESCE((try("order_id" - 9007199254740993) < 0), FALSE)

-- (order_id - 9007199254740993) == 0
COALESCE((try("order_id" - 9007199254740993) = 0), FALSE)

-- (order_id - 9007199254740993) >= 1
COALESCE((try("order_id" - 9007199254740993) >= 1), FALSE)

-- (order_id - 9007199254740993) <= -1
COALESCE((try("order_id" - 9007199254740993) <= (-1)), FALSE)

-- (9007199254740993 - order_id) is null
COALESCE(CASE WHEN ((9007199254740993 IS NOT NULL AND "order_id" IS NOT NULL) AND try(9007199254740993 - "order_id") IS NULL) THEN NULL ELSE (try(9007199254740993 - "order_id") IS NULL) END, FALSE)

-- (9007199254740993 - order_id) is not null
COALESCE(CASE WHEN ((9007199254740993 IS NOT NULL AND "order_id" IS NOT NULL) AND try(9007199254740993 - "order_id") IS NULL) THEN NULL ELSE (try(9007199254740993 - "order_id") IS NOT NULL) END, FALSE)

-- (9007199254740993 - order_id) > 0
COALESCE((try(9007199254740993 - "order_id") > 0), FALSE)

-- (9007199254740993 - order_id) < 0
COALESCE((try(9007199254740993 - "order_id") < 0), FALSE)

-- (9007199254740993 - order_id) == 0
COALESCE((try(9007199254740993 - "order_id") = 0), FALSE)

-- (9007199254740993 - order_id) >= 1
COALESCE((try(9007199254740993 - "order_id") >= 1), FALSE)

-- (9007199254740993 - order_id) <= -1
COALESCE((try(9007199254740993 - "order_id") <= (-1)), FALSE)

-- (amount - 0.0) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('0.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" - CAST('0.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('0.0' AS DOUBLE)) THEN ("amount" - CAST('0.0' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount - 0.0) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('0.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" - CAST('0.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('0.0' AS DOUBLE)) THEN ("amount" - CAST('0.0' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount - 0.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('0.0' AS DOUBLE)) THEN ("amount" - CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('0.0' AS DOUBLE)) THEN ("amount" - CAST('0.0' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - 0.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('0.0' AS DOUBLE)) THEN ("amount" - CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('0.0' AS DOUBLE)) THEN ("amount" - CAST('0.0' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - 0.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('0.0' AS DOUBLE)) THEN ("amount" - CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('0.0' AS DOUBLE)) THEN ("amount" - CAST('0.0' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - 0.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('0.0' AS DOUBLE)) THEN ("amount" - CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('0.0' AS DOUBLE)) THEN ("amount" - CAST('0.0' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount - 0.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('0.0' AS DOUBLE)) THEN ("amount" - CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('0.0' AS DOUBLE)) THEN ("amount" - CAST('0.0' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id - 0.0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('0.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id - 0.0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('0.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id - 0.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - 0.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - 0.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - 0.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id - 0.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('0.0' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount - 1.5) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" - CAST('1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('1.5' AS DOUBLE)) THEN ("amount" - CAST('1.5' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount - 1.5) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" - CAST('1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('1.5' AS DOUBLE)) THEN ("amount" - CAST('1.5' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount - 1.5) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('1.5' AS DOUBLE)) THEN ("amount" - CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('1.5' AS DOUBLE)) THEN ("amount" - CAST('1.5' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - 1.5) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('1.5' AS DOUBLE)) THEN ("amount" - CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('1.5' AS DOUBLE)) THEN ("amount" - CAST('1.5' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - 1.5) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('1.5' AS DOUBLE)) THEN ("amount" - CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('1.5' AS DOUBLE)) THEN ("amount" - CAST('1.5' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - 1.5) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('1.5' AS DOUBLE)) THEN ("amount" - CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('1.5' AS DOUBLE)) THEN ("amount" - CAST('1.5' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount - 1.5) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('1.5' AS DOUBLE)) THEN ("amount" - CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('1.5' AS DOUBLE)) THEN ("amount" - CAST('1.5' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id - 1.5) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id - 1.5) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id - 1.5) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - 1.5) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - 1.5) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - 1.5) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id - 1.5) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1.5' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount - -1.5) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('-1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" - CAST('-1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('-1.5' AS DOUBLE)) THEN ("amount" - CAST('-1.5' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount - -1.5) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('-1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" - CAST('-1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('-1.5' AS DOUBLE)) THEN ("amount" - CAST('-1.5' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount - -1.5) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('-1.5' AS DOUBLE)) THEN ("amount" - CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('-1.5' AS DOUBLE)) THEN ("amount" - CAST('-1.5' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - -1.5) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('-1.5' AS DOUBLE)) THEN ("amount" - CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('-1.5' AS DOUBLE)) THEN ("amount" - CAST('-1.5' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - -1.5) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('-1.5' AS DOUBLE)) THEN ("amount" - CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('-1.5' AS DOUBLE)) THEN ("amount" - CAST('-1.5' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - -1.5) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('-1.5' AS DOUBLE)) THEN ("amount" - CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('-1.5' AS DOUBLE)) THEN ("amount" - CAST('-1.5' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount - -1.5) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('-1.5' AS DOUBLE)) THEN ("amount" - CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('-1.5' AS DOUBLE)) THEN ("amount" - CAST('-1.5' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id - -1.5) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('-1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id - -1.5) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('-1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id - -1.5) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - -1.5) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - -1.5) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - -1.5) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id - -1.5) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-1.5' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount - 9007199254740993.0) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('9007199254740992.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" - CAST('9007199254740992.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" - CAST('9007199254740992.0' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount - 9007199254740993.0) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('9007199254740992.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" - CAST('9007199254740992.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" - CAST('9007199254740992.0' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount - 9007199254740993.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" - CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" - CAST('9007199254740992.0' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - 9007199254740993.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" - CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" - CAST('9007199254740992.0' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - 9007199254740993.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" - CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" - CAST('9007199254740992.0' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - 9007199254740993.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" - CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" - CAST('9007199254740992.0' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount - 9007199254740993.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" - CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" - CAST('9007199254740992.0' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id - 9007199254740993.0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('9007199254740992.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id - 9007199254740993.0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('9007199254740992.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id - 9007199254740993.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - 9007199254740993.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - 9007199254740993.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - 9007199254740993.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id - 9007199254740993.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9007199254740992.0' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount - 9223372036854775807.0) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" - CAST('9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount - 9223372036854775807.0) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" - CAST('9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount - 9223372036854775807.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - 9223372036854775807.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - 9223372036854775807.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - 9223372036854775807.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount - 9223372036854775807.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('9.2233720368547758e+18' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id - 9223372036854775807.0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id - 9223372036854775807.0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id - 9223372036854775807.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - 9223372036854775807.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - 9223372036854775807.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - 9223372036854775807.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id - 9223372036854775807.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('9.2233720368547758e+18' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount - -9223372036854775808.0) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('-9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount - -9223372036854775808.0) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('-9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount - -9223372036854775808.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - -9223372036854775808.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - -9223372036854775808.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - -9223372036854775808.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount - -9223372036854775808.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" - CAST('-9.2233720368547758e+18' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id - -9223372036854775808.0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('-9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id - -9223372036854775808.0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('-9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id - -9223372036854775808.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - -9223372036854775808.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - -9223372036854775808.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - -9223372036854775808.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id - -9223372036854775808.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('-9.2233720368547758e+18' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount - 1e308) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('1e+308' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" - CAST('1e+308' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('1e+308' AS DOUBLE)) THEN ("amount" - CAST('1e+308' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount - 1e308) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('1e+308' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" - CAST('1e+308' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('1e+308' AS DOUBLE)) THEN ("amount" - CAST('1e+308' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount - 1e308) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('1e+308' AS DOUBLE)) THEN ("amount" - CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('1e+308' AS DOUBLE)) THEN ("amount" - CAST('1e+308' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - 1e308) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('1e+308' AS DOUBLE)) THEN ("amount" - CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('1e+308' AS DOUBLE)) THEN ("amount" - CAST('1e+308' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - 1e308) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('1e+308' AS DOUBLE)) THEN ("amount" - CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('1e+308' AS DOUBLE)) THEN ("amount" - CAST('1e+308' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - 1e308) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('1e+308' AS DOUBLE)) THEN ("amount" - CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('1e+308' AS DOUBLE)) THEN ("amount" - CAST('1e+308' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount - 1e308) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST('1e+308' AS DOUBLE)) THEN ("amount" - CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST('1e+308' AS DOUBLE)) THEN ("amount" - CAST('1e+308' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id - 1e308) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('1e+308' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id - 1e308) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('1e+308' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id - 1e308) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - 1e308) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - 1e308) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id - 1e308) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id - 1e308) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) - CAST('1e+308' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount - order_id) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite("amount" - CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST("order_id" AS DOUBLE)) THEN ("amount" - CAST("order_id" AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount - order_id) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite("amount" - CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST("order_id" AS DOUBLE)) THEN ("amount" - CAST("order_id" AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount - order_id) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST("order_id" AS DOUBLE)) THEN ("amount" - CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST("order_id" AS DOUBLE)) THEN ("amount" - CAST("order_id" AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - order_id) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST("order_id" AS DOUBLE)) THEN ("amount" - CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST("order_id" AS DOUBLE)) THEN ("amount" - CAST("order_id" AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - order_id) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST("order_id" AS DOUBLE)) THEN ("amount" - CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST("order_id" AS DOUBLE)) THEN ("amount" - CAST("order_id" AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount - order_id) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST("order_id" AS DOUBLE)) THEN ("amount" - CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST("order_id" AS DOUBLE)) THEN ("amount" - CAST("order_id" AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount - order_id) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" - CAST("order_id" AS DOUBLE)) THEN ("amount" - CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" - CAST("order_id" AS DOUBLE)) THEN ("amount" - CAST("order_id" AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id * 0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 0 IS NOT NULL) AND try("order_id" * 0) IS NULL) THEN NULL ELSE (try("order_id" * 0) IS NULL) END, FALSE)

-- (order_id * 0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 0 IS NOT NULL) AND try("order_id" * 0) IS NULL) THEN NULL ELSE (try("order_id" * 0) IS NOT NULL) END, FALSE)

-- (order_id * 0) > 0
COALESCE((try("order_id" * 0) > 0), FALSE)

-- (order_id * 0) < 0
COALESCE((try("order_id" * 0) < 0), FALSE)

-- (order_id * 0) == 0
COALESCE((try("order_id" * 0) = 0), FALSE)

-- (order_id * 0) >= 1
COALESCE((try("order_id" * 0) >= 1), FALSE)

-- (order_id * 0) <= -1
COALESCE((try("order_id" * 0) <= (-1)), FALSE)

-- (0 * order_id) is null
COALESCE(CASE WHEN ((0 IS NOT NULL AND "order_id" IS NOT NULL) AND try(0 * "order_id") IS NULL) THEN NULL ELSE (try(0 * "order_id") IS NULL) END, FALSE)

-- (0 * order_id) is not null
COALESCE(CASE WHEN ((0 IS NOT NULL AND "order_id" IS NOT NULL) AND try(0 * "order_id") IS NULL) THEN NULL ELSE (try(0 * "order_id") IS NOT NULL) END, FALSE)

-- (0 * order_id) > 0
COALESCE((try(0 * "order_id") > 0), FALSE)

-- (0 * order_id) < 0
COALESCE((try(0 * "order_id") < 0), FALSE)

-- (0 * order_id) == 0
COALESCE((try(0 * "order_id") = 0), FALSE)

-- (0 * order_id) >= 1
COALESCE((try(0 * "order_id") >= 1), FALSE)

-- (0 * order_id) <= -1
COALESCE((try(0 * "order_id") <= (-1)), FALSE)

-- (order_id * 1) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 1 IS NOT NULL) AND try("order_id" * 1) IS NULL) THEN NULL ELSE (try("order_id" * 1) IS NULL) END, FALSE)

-- (order_id * 1) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 1 IS NOT NULL) AND try("order_id" * 1) IS NULL) THEN NULL ELSE (try("order_id" * 1) IS NOT NULL) END, FALSE)

-- (order_id * 1) > 0
COALESCE((try("order_id" * 1) > 0), FALSE)

-- (order_id * 1) < 0
COALESCE((try("order_id" * 1) < 0), FALSE)

-- (order_id * 1) == 0
COALESCE((try("order_id" * 1) = 0), FALSE)

-- (order_id * 1) >= 1
COALESCE((try("order_id" * 1) >= 1), FALSE)

-- (order_id * 1) <= -1
COALESCE((try("order_id" * 1) <= (-1)), FALSE)

-- (1 * order_id) is null
COALESCE(CASE WHEN ((1 IS NOT NULL AND "order_id" IS NOT NULL) AND try(1 * "order_id") IS NULL) THEN NULL ELSE (try(1 * "order_id") IS NULL) END, FALSE)

-- (1 * order_id) is not null
COALESCE(CASE WHEN ((1 IS NOT NULL AND "order_id" IS NOT NULL) AND try(1 * "order_id") IS NULL) THEN NULL ELSE (try(1 * "order_id") IS NOT NULL) END, FALSE)

-- (1 * order_id) > 0
COALESCE((try(1 * "order_id") > 0), FALSE)

-- (1 * order_id) < 0
COALESCE((try(1 * "order_id") < 0), FALSE)

-- (1 * order_id) == 0
COALESCE((try(1 * "order_id") = 0), FALSE)

-- (1 * order_id) >= 1
COALESCE((try(1 * "order_id") >= 1), FALSE)

-- (1 * order_id) <= -1
COALESCE((try(1 * "order_id") <= (-1)), FALSE)

-- (order_id * -1) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-1) IS NOT NULL) AND try("order_id" * (-1)) IS NULL) THEN NULL ELSE (try("order_id" * (-1)) IS NULL) END, FALSE)

-- (order_id * -1) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-1) IS NOT NULL) AND try("order_id" * (-1)) IS NULL) THEN NULL ELSE (try("order_id" * (-1)) IS NOT NULL) END, FALSE)

-- (order_id * -1) > 0
COALESCE((try("order_id" * (-1)) > 0), FALSE)

-- (order_id * -1) < 0
COALESCE((try("order_id" * (-1)) < 0), FALSE)

-- (order_id * -1) == 0
COALESCE((try("order_id" * (-1)) = 0), FALSE)

-- (order_id * -1) >= 1
COALESCE((try("order_id" * (-1)) >= 1), FALSE)

-- (order_id * -1) <= -1
COALESCE((try("order_id" * (-1)) <= (-1)), FALSE)

-- (-1 * order_id) is null
COALESCE(CASE WHEN (((-1) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-1) * "order_id") IS NULL) THEN NULL ELSE (try((-1) * "order_id") IS NULL) END, FALSE)

-- (-1 * order_id) is not null
COALESCE(CASE WHEN (((-1) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-1) * "order_id") IS NULL) THEN NULL ELSE (try((-1) * "order_id") IS NOT NULL) END, FALSE)

-- (-1 * order_id) > 0
COALESCE((try((-1) * "order_id") > 0), FALSE)

-- (-1 * order_id) < 0
COALESCE((try((-1) * "order_id") < 0), FALSE)

-- (-1 * order_id) == 0
COALESCE((try((-1) * "order_id") = 0), FALSE)

-- (-1 * order_id) >= 1
COALESCE((try((-1) * "order_id") >= 1), FALSE)

-- (-1 * order_id) <= -1
COALESCE((try((-1) * "order_id") <= (-1)), FALSE)

-- (order_id * 7) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 7 IS NOT NULL) AND try("order_id" * 7) IS NULL) THEN NULL ELSE (try("order_id" * 7) IS NULL) END, FALSE)

-- (order_id * 7) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 7 IS NOT NULL) AND try("order_id" * 7) IS NULL) THEN NULL ELSE (try("order_id" * 7) IS NOT NULL) END, FALSE)

-- (order_id * 7) > 0
COALESCE((try("order_id" * 7) > 0), FALSE)

-- (order_id * 7) < 0
COALESCE((try("order_id" * 7) < 0), FALSE)

-- (order_id * 7) == 0
COALESCE((try("order_id" * 7) = 0), FALSE)

-- (order_id * 7) >= 1
COALESCE((try("order_id" * 7) >= 1), FALSE)

-- (order_id * 7) <= -1
COALESCE((try("order_id" * 7) <= (-1)), FALSE)

-- (7 * order_id) is null
COALESCE(CASE WHEN ((7 IS NOT NULL AND "order_id" IS NOT NULL) AND try(7 * "order_id") IS NULL) THEN NULL ELSE (try(7 * "order_id") IS NULL) END, FALSE)

-- (7 * order_id) is not null
COALESCE(CASE WHEN ((7 IS NOT NULL AND "order_id" IS NOT NULL) AND try(7 * "order_id") IS NULL) THEN NULL ELSE (try(7 * "order_id") IS NOT NULL) END, FALSE)

-- (7 * order_id) > 0
COALESCE((try(7 * "order_id") > 0), FALSE)

-- (7 * order_id) < 0
COALESCE((try(7 * "order_id") < 0), FALSE)

-- (7 * order_id) == 0
COALESCE((try(7 * "order_id") = 0), FALSE)

-- (7 * order_id) >= 1
COALESCE((try(7 * "order_id") >= 1), FALSE)

-- (7 * order_id) <= -1
COALESCE((try(7 * "order_id") <= (-1)), FALSE)

-- (order_id * -7) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-7) IS NOT NULL) AND try("order_id" * (-7)) IS NULL) THEN NULL ELSE (try("order_id" * (-7)) IS NULL) END, FALSE)

-- (order_id * -7) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-7) IS NOT NULL) AND try("order_id" * (-7)) IS NULL) THEN NULL ELSE (try("order_id" * (-7)) IS NOT NULL) END, FALSE)

-- (order_id * -7) > 0
COALESCE((try("order_id" * (-7)) > 0), FALSE)

-- (order_id * -7) < 0
COALESCE((try("order_id" * (-7)) < 0), FALSE)

-- (order_id * -7) == 0
COALESCE((try("order_id" * (-7)) = 0), FALSE)

-- (order_id * -7) >= 1
COALESCE((try("order_id" * (-7)) >= 1), FALSE)

-- (order_id * -7) <= -1
COALESCE((try("order_id" * (-7)) <= (-1)), FALSE)

-- (-7 * order_id) is null
COALESCE(CASE WHEN (((-7) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-7) * "order_id") IS NULL) THEN NULL ELSE (try((-7) * "order_id") IS NULL) END, FALSE)

-- (-7 * order_id) is not null
COALESCE(CASE WHEN (((-7) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-7) * "order_id") IS NULL) THEN NULL ELSE (try((-7) * "order_id") IS NOT NULL) END, FALSE)

-- (-7 * order_id) > 0
COALESCE((try((-7) * "order_id") > 0), FALSE)

-- (-7 * order_id) < 0
COALESCE((try((-7) * "order_id") < 0), FALSE)

-- (-7 * order_id) == 0
COALESCE((try((-7) * "order_id") = 0), FALSE)

-- (-7 * order_id) >= 1
COALESCE((try((-7) * "order_id") >= 1), FALSE)

-- (-7 * order_id) <= -1
COALESCE((try((-7) * "order_id") <= (-1)), FALSE)

-- (order_id * 9223372036854775807) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9223372036854775807 IS NOT NULL) AND try("order_id" * 9223372036854775807) IS NULL) THEN NULL ELSE (try("order_id" * 9223372036854775807) IS NULL) END, FALSE)

-- (order_id * 9223372036854775807) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9223372036854775807 IS NOT NULL) AND try("order_id" * 9223372036854775807) IS NULL) THEN NULL ELSE (try("order_id" * 9223372036854775807) IS NOT NULL) END, FALSE)

-- (order_id * 9223372036854775807) > 0
COALESCE((try("order_id" * 9223372036854775807) > 0), FALSE)

-- (order_id * 9223372036854775807) < 0
COALESCE((try("order_id" * 9223372036854775807) < 0), FALSE)

-- (order_id * 9223372036854775807) == 0
COALESCE((try("order_id" * 9223372036854775807) = 0), FALSE)

-- (order_id * 9223372036854775807) >= 1
COALESCE((try("order_id" * 9223372036854775807) >= 1), FALSE)

-- (order_id * 9223372036854775807) <= -1
COALESCE((try("order_id" * 9223372036854775807) <= (-1)), FALSE)

-- (9223372036854775807 * order_id) is null
COALESCE(CASE WHEN ((9223372036854775807 IS NOT NULL AND "order_id" IS NOT NULL) AND try(9223372036854775807 * "order_id") IS NULL) THEN NULL ELSE (try(9223372036854775807 * "order_id") IS NULL) END, FALSE)

-- (9223372036854775807 * order_id) is not null
COALESCE(CASE WHEN ((9223372036854775807 IS NOT NULL AND "order_id" IS NOT NULL) AND try(9223372036854775807 * "order_id") IS NULL) THEN NULL ELSE (try(9223372036854775807 * "order_id") IS NOT NULL) END, FALSE)

-- (9223372036854775807 * order_id) > 0
COALESCE((try(9223372036854775807 * "order_id") > 0), FALSE)

-- (9223372036854775807 * order_id) < 0
COALESCE((try(9223372036854775807 * "order_id") < 0), FALSE)

-- (9223372036854775807 * order_id) == 0
COALESCE((try(9223372036854775807 * "order_id") = 0), FALSE)

-- (9223372036854775807 * order_id) >= 1
COALESCE((try(9223372036854775807 * "order_id") >= 1), FALSE)

-- (9223372036854775807 * order_id) <= -1
COALESCE((try(9223372036854775807 * "order_id") <= (-1)), FALSE)

-- (order_id * -9223372036854775808) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-9223372036854775807 - 1) IS NOT NULL) AND try("order_id" * (-9223372036854775807 - 1)) IS NULL) THEN NULL ELSE (try("order_id" * (-9223372036854775807 - 1)) IS NULL) END, FALSE)

-- (order_id * -9223372036854775808) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-9223372036854775807 - 1) IS NOT NULL) AND try("order_id" * (-9223372036854775807 - 1)) IS NULL) THEN NULL ELSE (try("order_id" * (-9223372036854775807 - 1)) IS NOT NULL) END, FALSE)

-- (order_id * -9223372036854775808) > 0
COALESCE((try("order_id" * (-9223372036854775807 - 1)) > 0), FALSE)

-- (order_id * -9223372036854775808) < 0
COALESCE((try("order_id" * (-9223372036854775807 - 1)) < 0), FALSE)

-- (order_id * -9223372036854775808) == 0
COALESCE((try("order_id" * (-9223372036854775807 - 1)) = 0), FALSE)

-- (order_id * -9223372036854775808) >= 1
COALESCE((try("order_id" * (-9223372036854775807 - 1)) >= 1), FALSE)

-- (order_id * -9223372036854775808) <= -1
COALESCE((try("order_id" * (-9223372036854775807 - 1)) <= (-1)), FALSE)

-- (-9223372036854775808 * order_id) is null
COALESCE(CASE WHEN (((-9223372036854775807 - 1) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-9223372036854775807 - 1) * "order_id") IS NULL) THEN NULL ELSE (try((-9223372036854775807 - 1) * "order_id") IS NULL) END, FALSE)

-- (-9223372036854775808 * order_id) is not null
COALESCE(CASE WHEN (((-9223372036854775807 - 1) IS NOT NULL AND "order_id" IS NOT NULL) AND try((-9223372036854775807 - 1) * "order_id") IS NULL) THEN NULL ELSE (try((-9223372036854775807 - 1) * "order_id") IS NOT NULL) END, FALSE)

-- (-9223372036854775808 * order_id) > 0
COALESCE((try((-9223372036854775807 - 1) * "order_id") > 0), FALSE)

-- (-9223372036854775808 * order_id) < 0
COALESCE((try((-9223372036854775807 - 1) * "order_id") < 0), FALSE)

-- (-9223372036854775808 * order_id) == 0
COALESCE((try((-9223372036854775807 - 1) * "order_id") = 0), FALSE)

-- (-9223372036854775808 * order_id) >= 1
COALESCE((try((-9223372036854775807 - 1) * "order_id") >= 1), FALSE)

-- (-9223372036854775808 * order_id) <= -1
COALESCE((try((-9223372036854775807 - 1) * "order_id") <= (-1)), FALSE)

-- (order_id * 9007199254740993) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9007199254740993 IS NOT NULL) AND try("order_id" * 9007199254740993) IS NULL) THEN NULL ELSE (try("order_id" * 9007199254740993) IS NULL) END, FALSE)

-- (order_id * 9007199254740993) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9007199254740993 IS NOT NULL) AND try("order_id" * 9007199254740993) IS NULL) THEN NULL ELSE (try("order_id" * 9007199254740993) IS NOT NULL) END, FALSE)

-- (order_id * 9007199254740993) > 0
COALESCE((try("order_id" * 9007199254740993) > 0), FALSE)

-- (order_id * 9007199254740993) < 0
COALESCE((try("order_id" * 9007199254740993) < 0), FALSE)

-- (order_id * 9007199254740993) == 0
COALESCE((try("order_id" * 9007199254740993) = 0), FALSE)

-- (order_id * 9007199254740993) >= 1
COALESCE((try("order_id" * 9007199254740993) >= 1), FALSE)

-- (order_id * 9007199254740993) <= -1
COALESCE((try("order_id" * 9007199254740993) <= (-1)), FALSE)

-- (9007199254740993 * order_id) is null
COALESCE(CASE WHEN ((9007199254740993 IS NOT NULL AND "order_id" IS NOT NULL) AND try(9007199254740993 * "order_id") IS NULL) THEN NULL ELSE (try(9007199254740993 * "order_id") IS NULL) END, FALSE)

-- (9007199254740993 * order_id) is not null
COALESCE(CASE WHEN ((9007199254740993 IS NOT NULL AND "order_id" IS NOT NULL) AND try(9007199254740993 * "order_id") IS NULL) THEN NULL ELSE (try(9007199254740993 * "order_id") IS NOT NULL) END, FALSE)

-- (9007199254740993 * order_id) > 0
COALESCE((try(9007199254740993 * "order_id") > 0), FALSE)

-- (9007199254740993 * order_id) < 0
COALESCE((try(9007199254740993 * "order_id") < 0), FALSE)

-- (9007199254740993 * order_id) == 0
COALESCE((try(9007199254740993 * "order_id") = 0), FALSE)

-- (9007199254740993 * order_id) >= 1
COALESCE((try(9007199254740993 * "order_id") >= 1), FALSE)

-- (9007199254740993 * order_id) <= -1
COALESCE((try(9007199254740993 * "order_id") <= (-1)), FALSE)

-- (amount * 0.0) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('0.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" * CAST('0.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('0.0' AS DOUBLE)) THEN ("amount" * CAST('0.0' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount * 0.0) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('0.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" * CAST('0.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('0.0' AS DOUBLE)) THEN ("amount" * CAST('0.0' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount * 0.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('0.0' AS DOUBLE)) THEN ("amount" * CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('0.0' AS DOUBLE)) THEN ("amount" * CAST('0.0' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * 0.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('0.0' AS DOUBLE)) THEN ("amount" * CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('0.0' AS DOUBLE)) THEN ("amount" * CAST('0.0' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * 0.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('0.0' AS DOUBLE)) THEN ("amount" * CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('0.0' AS DOUBLE)) THEN ("amount" * CAST('0.0' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * 0.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('0.0' AS DOUBLE)) THEN ("amount" * CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('0.0' AS DOUBLE)) THEN ("amount" * CAST('0.0' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount * 0.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('0.0' AS DOUBLE)) THEN ("amount" * CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('0.0' AS DOUBLE)) THEN ("amount" * CAST('0.0' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id * 0.0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('0.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id * 0.0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('0.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id * 0.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * 0.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * 0.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * 0.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id * 0.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('0.0' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount * 1.5) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" * CAST('1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('1.5' AS DOUBLE)) THEN ("amount" * CAST('1.5' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount * 1.5) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" * CAST('1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('1.5' AS DOUBLE)) THEN ("amount" * CAST('1.5' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount * 1.5) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('1.5' AS DOUBLE)) THEN ("amount" * CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('1.5' AS DOUBLE)) THEN ("amount" * CAST('1.5' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * 1.5) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('1.5' AS DOUBLE)) THEN ("amount" * CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('1.5' AS DOUBLE)) THEN ("amount" * CAST('1.5' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * 1.5) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('1.5' AS DOUBLE)) THEN ("amount" * CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('1.5' AS DOUBLE)) THEN ("amount" * CAST('1.5' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * 1.5) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('1.5' AS DOUBLE)) THEN ("amount" * CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('1.5' AS DOUBLE)) THEN ("amount" * CAST('1.5' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount * 1.5) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('1.5' AS DOUBLE)) THEN ("amount" * CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('1.5' AS DOUBLE)) THEN ("amount" * CAST('1.5' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id * 1.5) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id * 1.5) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id * 1.5) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * 1.5) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * 1.5) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * 1.5) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id * 1.5) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1.5' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount * -1.5) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('-1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" * CAST('-1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('-1.5' AS DOUBLE)) THEN ("amount" * CAST('-1.5' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount * -1.5) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('-1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" * CAST('-1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('-1.5' AS DOUBLE)) THEN ("amount" * CAST('-1.5' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount * -1.5) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('-1.5' AS DOUBLE)) THEN ("amount" * CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('-1.5' AS DOUBLE)) THEN ("amount" * CAST('-1.5' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * -1.5) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('-1.5' AS DOUBLE)) THEN ("amount" * CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('-1.5' AS DOUBLE)) THEN ("amount" * CAST('-1.5' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * -1.5) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('-1.5' AS DOUBLE)) THEN ("amount" * CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('-1.5' AS DOUBLE)) THEN ("amount" * CAST('-1.5' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * -1.5) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('-1.5' AS DOUBLE)) THEN ("amount" * CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('-1.5' AS DOUBLE)) THEN ("amount" * CAST('-1.5' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount * -1.5) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('-1.5' AS DOUBLE)) THEN ("amount" * CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('-1.5' AS DOUBLE)) THEN ("amount" * CAST('-1.5' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id * -1.5) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('-1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id * -1.5) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('-1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id * -1.5) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * -1.5) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * -1.5) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * -1.5) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id * -1.5) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-1.5' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount * 9007199254740993.0) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('9007199254740992.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" * CAST('9007199254740992.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" * CAST('9007199254740992.0' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount * 9007199254740993.0) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('9007199254740992.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" * CAST('9007199254740992.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" * CAST('9007199254740992.0' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount * 9007199254740993.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" * CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" * CAST('9007199254740992.0' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * 9007199254740993.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" * CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" * CAST('9007199254740992.0' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * 9007199254740993.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" * CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" * CAST('9007199254740992.0' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * 9007199254740993.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" * CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" * CAST('9007199254740992.0' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount * 9007199254740993.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" * CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" * CAST('9007199254740992.0' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id * 9007199254740993.0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('9007199254740992.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id * 9007199254740993.0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('9007199254740992.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id * 9007199254740993.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * 9007199254740993.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * 9007199254740993.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * 9007199254740993.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id * 9007199254740993.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9007199254740992.0' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount * 9223372036854775807.0) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" * CAST('9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount * 9223372036854775807.0) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" * CAST('9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount * 9223372036854775807.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * 9223372036854775807.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * 9223372036854775807.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * 9223372036854775807.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount * 9223372036854775807.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('9.2233720368547758e+18' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id * 9223372036854775807.0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id * 9223372036854775807.0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id * 9223372036854775807.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * 9223372036854775807.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * 9223372036854775807.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * 9223372036854775807.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id * 9223372036854775807.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('9.2233720368547758e+18' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount * -9223372036854775808.0) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('-9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount * -9223372036854775808.0) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('-9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount * -9223372036854775808.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * -9223372036854775808.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * -9223372036854775808.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * -9223372036854775808.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount * -9223372036854775808.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" * CAST('-9.2233720368547758e+18' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id * -9223372036854775808.0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('-9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id * -9223372036854775808.0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('-9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id * -9223372036854775808.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * -9223372036854775808.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * -9223372036854775808.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * -9223372036854775808.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id * -9223372036854775808.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('-9.2233720368547758e+18' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount * 1e308) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('1e+308' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" * CAST('1e+308' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('1e+308' AS DOUBLE)) THEN ("amount" * CAST('1e+308' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount * 1e308) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('1e+308' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" * CAST('1e+308' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('1e+308' AS DOUBLE)) THEN ("amount" * CAST('1e+308' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount * 1e308) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('1e+308' AS DOUBLE)) THEN ("amount" * CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('1e+308' AS DOUBLE)) THEN ("amount" * CAST('1e+308' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * 1e308) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('1e+308' AS DOUBLE)) THEN ("amount" * CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('1e+308' AS DOUBLE)) THEN ("amount" * CAST('1e+308' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * 1e308) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('1e+308' AS DOUBLE)) THEN ("amount" * CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('1e+308' AS DOUBLE)) THEN ("amount" * CAST('1e+308' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * 1e308) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('1e+308' AS DOUBLE)) THEN ("amount" * CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('1e+308' AS DOUBLE)) THEN ("amount" * CAST('1e+308' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount * 1e308) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST('1e+308' AS DOUBLE)) THEN ("amount" * CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST('1e+308' AS DOUBLE)) THEN ("amount" * CAST('1e+308' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id * 1e308) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('1e+308' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id * 1e308) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('1e+308' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id * 1e308) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * 1e308) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * 1e308) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id * 1e308) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id * 1e308) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) * CAST('1e+308' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount * order_id) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite("amount" * CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST("order_id" AS DOUBLE)) THEN ("amount" * CAST("order_id" AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount * order_id) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite("amount" * CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST("order_id" AS DOUBLE)) THEN ("amount" * CAST("order_id" AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount * order_id) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST("order_id" AS DOUBLE)) THEN ("amount" * CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST("order_id" AS DOUBLE)) THEN ("amount" * CAST("order_id" AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * order_id) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST("order_id" AS DOUBLE)) THEN ("amount" * CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST("order_id" AS DOUBLE)) THEN ("amount" * CAST("order_id" AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * order_id) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST("order_id" AS DOUBLE)) THEN ("amount" * CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST("order_id" AS DOUBLE)) THEN ("amount" * CAST("order_id" AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount * order_id) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST("order_id" AS DOUBLE)) THEN ("amount" * CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST("order_id" AS DOUBLE)) THEN ("amount" * CAST("order_id" AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount * order_id) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" * CAST("order_id" AS DOUBLE)) THEN ("amount" * CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" * CAST("order_id" AS DOUBLE)) THEN ("amount" * CAST("order_id" AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 0 IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id / 0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 0 IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id / 0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(0 AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (0 / order_id) is null
COALESCE(CASE WHEN ((0 IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite(CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) IS NULL) END, FALSE)

-- (0 / order_id) is not null
COALESCE(CASE WHEN ((0 IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite(CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (0 / order_id) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (0 / order_id) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (0 / order_id) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (0 / order_id) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (0 / order_id) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(0 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 1) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 1 IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id / 1) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 1 IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id / 1) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 1) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 1) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 1) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 1) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(1 AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (1 / order_id) is null
COALESCE(CASE WHEN ((1 IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite(CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) IS NULL) END, FALSE)

-- (1 / order_id) is not null
COALESCE(CASE WHEN ((1 IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite(CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (1 / order_id) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (1 / order_id) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (1 / order_id) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (1 / order_id) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (1 / order_id) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(1 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id / -1) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-1) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id / -1) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-1) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id / -1) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / -1) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / -1) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / -1) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id / -1) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-1) AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (-1 / order_id) is null
COALESCE(CASE WHEN (((-1) IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite(CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) IS NULL) END, FALSE)

-- (-1 / order_id) is not null
COALESCE(CASE WHEN (((-1) IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite(CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (-1 / order_id) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (-1 / order_id) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (-1 / order_id) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (-1 / order_id) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (-1 / order_id) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 7) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 7 IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id / 7) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 7 IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id / 7) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 7) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 7) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 7) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 7) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(7 AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (7 / order_id) is null
COALESCE(CASE WHEN ((7 IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite(CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) IS NULL) END, FALSE)

-- (7 / order_id) is not null
COALESCE(CASE WHEN ((7 IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite(CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (7 / order_id) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (7 / order_id) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (7 / order_id) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (7 / order_id) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (7 / order_id) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(7 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id / -7) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-7) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id / -7) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-7) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id / -7) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / -7) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / -7) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / -7) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id / -7) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-7) AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (-7 / order_id) is null
COALESCE(CASE WHEN (((-7) IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite(CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) IS NULL) END, FALSE)

-- (-7 / order_id) is not null
COALESCE(CASE WHEN (((-7) IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite(CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (-7 / order_id) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (-7 / order_id) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (-7 / order_id) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (-7 / order_id) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (-7 / order_id) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-7) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9223372036854775807) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9223372036854775807 IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id / 9223372036854775807) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9223372036854775807 IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id / 9223372036854775807) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9223372036854775807) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9223372036854775807) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9223372036854775807) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9223372036854775807) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9223372036854775807 AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (9223372036854775807 / order_id) is null
COALESCE(CASE WHEN ((9223372036854775807 IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite(CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) IS NULL) END, FALSE)

-- (9223372036854775807 / order_id) is not null
COALESCE(CASE WHEN ((9223372036854775807 IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite(CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (9223372036854775807 / order_id) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (9223372036854775807 / order_id) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (9223372036854775807 / order_id) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (9223372036854775807 / order_id) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (9223372036854775807 / order_id) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9223372036854775807 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id / -9223372036854775808) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-9223372036854775807 - 1) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id / -9223372036854775808) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-9223372036854775807 - 1) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id / -9223372036854775808) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / -9223372036854775808) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / -9223372036854775808) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / -9223372036854775808) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id / -9223372036854775808) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST((-9223372036854775807 - 1) AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (-9223372036854775808 / order_id) is null
COALESCE(CASE WHEN (((-9223372036854775807 - 1) IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite(CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) IS NULL) END, FALSE)

-- (-9223372036854775808 / order_id) is not null
COALESCE(CASE WHEN (((-9223372036854775807 - 1) IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite(CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (-9223372036854775808 / order_id) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (-9223372036854775808 / order_id) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (-9223372036854775808 / order_id) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (-9223372036854775808 / order_id) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (-9223372036854775808 / order_id) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST((-9223372036854775807 - 1) AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9007199254740993) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9007199254740993 IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id / 9007199254740993) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9007199254740993 IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id / 9007199254740993) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9007199254740993) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9007199254740993) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9007199254740993) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9007199254740993) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST(9007199254740993 AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (9007199254740993 / order_id) is null
COALESCE(CASE WHEN ((9007199254740993 IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite(CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) IS NULL) END, FALSE)

-- (9007199254740993 / order_id) is not null
COALESCE(CASE WHEN ((9007199254740993 IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite(CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (9007199254740993 / order_id) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (9007199254740993 / order_id) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (9007199254740993 / order_id) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (9007199254740993 / order_id) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (9007199254740993 / order_id) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) THEN (CAST(9007199254740993 AS DOUBLE) / CAST("order_id" AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount / 0.0) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('0.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" / CAST('0.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('0.0' AS DOUBLE)) THEN ("amount" / CAST('0.0' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount / 0.0) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('0.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" / CAST('0.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('0.0' AS DOUBLE)) THEN ("amount" / CAST('0.0' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount / 0.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('0.0' AS DOUBLE)) THEN ("amount" / CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('0.0' AS DOUBLE)) THEN ("amount" / CAST('0.0' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / 0.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('0.0' AS DOUBLE)) THEN ("amount" / CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('0.0' AS DOUBLE)) THEN ("amount" / CAST('0.0' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / 0.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('0.0' AS DOUBLE)) THEN ("amount" / CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('0.0' AS DOUBLE)) THEN ("amount" / CAST('0.0' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / 0.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('0.0' AS DOUBLE)) THEN ("amount" / CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('0.0' AS DOUBLE)) THEN ("amount" / CAST('0.0' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount / 0.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('0.0' AS DOUBLE)) THEN ("amount" / CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('0.0' AS DOUBLE)) THEN ("amount" / CAST('0.0' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 0.0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('0.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id / 0.0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('0.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id / 0.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 0.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 0.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 0.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 0.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('0.0' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount / 1.5) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" / CAST('1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('1.5' AS DOUBLE)) THEN ("amount" / CAST('1.5' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount / 1.5) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" / CAST('1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('1.5' AS DOUBLE)) THEN ("amount" / CAST('1.5' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount / 1.5) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('1.5' AS DOUBLE)) THEN ("amount" / CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('1.5' AS DOUBLE)) THEN ("amount" / CAST('1.5' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / 1.5) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('1.5' AS DOUBLE)) THEN ("amount" / CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('1.5' AS DOUBLE)) THEN ("amount" / CAST('1.5' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / 1.5) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('1.5' AS DOUBLE)) THEN ("amount" / CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('1.5' AS DOUBLE)) THEN ("amount" / CAST('1.5' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / 1.5) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('1.5' AS DOUBLE)) THEN ("amount" / CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('1.5' AS DOUBLE)) THEN ("amount" / CAST('1.5' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount / 1.5) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('1.5' AS DOUBLE)) THEN ("amount" / CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('1.5' AS DOUBLE)) THEN ("amount" / CAST('1.5' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 1.5) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id / 1.5) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id / 1.5) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 1.5) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 1.5) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 1.5) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 1.5) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1.5' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount / -1.5) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('-1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" / CAST('-1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('-1.5' AS DOUBLE)) THEN ("amount" / CAST('-1.5' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount / -1.5) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('-1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" / CAST('-1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('-1.5' AS DOUBLE)) THEN ("amount" / CAST('-1.5' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount / -1.5) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('-1.5' AS DOUBLE)) THEN ("amount" / CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('-1.5' AS DOUBLE)) THEN ("amount" / CAST('-1.5' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / -1.5) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('-1.5' AS DOUBLE)) THEN ("amount" / CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('-1.5' AS DOUBLE)) THEN ("amount" / CAST('-1.5' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / -1.5) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('-1.5' AS DOUBLE)) THEN ("amount" / CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('-1.5' AS DOUBLE)) THEN ("amount" / CAST('-1.5' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / -1.5) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('-1.5' AS DOUBLE)) THEN ("amount" / CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('-1.5' AS DOUBLE)) THEN ("amount" / CAST('-1.5' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount / -1.5) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('-1.5' AS DOUBLE)) THEN ("amount" / CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('-1.5' AS DOUBLE)) THEN ("amount" / CAST('-1.5' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id / -1.5) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('-1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id / -1.5) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('-1.5' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id / -1.5) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / -1.5) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / -1.5) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / -1.5) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id / -1.5) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-1.5' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount / 9007199254740993.0) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('9007199254740992.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" / CAST('9007199254740992.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" / CAST('9007199254740992.0' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount / 9007199254740993.0) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('9007199254740992.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" / CAST('9007199254740992.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" / CAST('9007199254740992.0' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount / 9007199254740993.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" / CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" / CAST('9007199254740992.0' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / 9007199254740993.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" / CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" / CAST('9007199254740992.0' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / 9007199254740993.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" / CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" / CAST('9007199254740992.0' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / 9007199254740993.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" / CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" / CAST('9007199254740992.0' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount / 9007199254740993.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" / CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('9007199254740992.0' AS DOUBLE)) THEN ("amount" / CAST('9007199254740992.0' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9007199254740993.0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('9007199254740992.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id / 9007199254740993.0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('9007199254740992.0' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id / 9007199254740993.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9007199254740993.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9007199254740993.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9007199254740993.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9007199254740993.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9007199254740992.0' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount / 9223372036854775807.0) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" / CAST('9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount / 9223372036854775807.0) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" / CAST('9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount / 9223372036854775807.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / 9223372036854775807.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / 9223372036854775807.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / 9223372036854775807.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount / 9223372036854775807.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('9.2233720368547758e+18' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9223372036854775807.0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id / 9223372036854775807.0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id / 9223372036854775807.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9223372036854775807.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9223372036854775807.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9223372036854775807.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 9223372036854775807.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('9.2233720368547758e+18' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount / -9223372036854775808.0) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('-9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount / -9223372036854775808.0) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('-9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount / -9223372036854775808.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / -9223372036854775808.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / -9223372036854775808.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / -9223372036854775808.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount / -9223372036854775808.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN ("amount" / CAST('-9.2233720368547758e+18' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id / -9223372036854775808.0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('-9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id / -9223372036854775808.0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('-9.2233720368547758e+18' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id / -9223372036854775808.0) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / -9223372036854775808.0) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / -9223372036854775808.0) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / -9223372036854775808.0) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id / -9223372036854775808.0) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('-9.2233720368547758e+18' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount / 1e308) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('1e+308' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" / CAST('1e+308' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('1e+308' AS DOUBLE)) THEN ("amount" / CAST('1e+308' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount / 1e308) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND CAST('1e+308' AS DOUBLE) IS NOT NULL) AND NOT is_finite("amount" / CAST('1e+308' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('1e+308' AS DOUBLE)) THEN ("amount" / CAST('1e+308' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount / 1e308) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('1e+308' AS DOUBLE)) THEN ("amount" / CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('1e+308' AS DOUBLE)) THEN ("amount" / CAST('1e+308' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / 1e308) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('1e+308' AS DOUBLE)) THEN ("amount" / CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('1e+308' AS DOUBLE)) THEN ("amount" / CAST('1e+308' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / 1e308) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('1e+308' AS DOUBLE)) THEN ("amount" / CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('1e+308' AS DOUBLE)) THEN ("amount" / CAST('1e+308' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / 1e308) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('1e+308' AS DOUBLE)) THEN ("amount" / CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('1e+308' AS DOUBLE)) THEN ("amount" / CAST('1e+308' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount / 1e308) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST('1e+308' AS DOUBLE)) THEN ("amount" / CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST('1e+308' AS DOUBLE)) THEN ("amount" / CAST('1e+308' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 1e308) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('1e+308' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (order_id / 1e308) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND CAST('1e+308' AS DOUBLE) IS NOT NULL) AND NOT is_finite(CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (order_id / 1e308) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 1e308) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 1e308) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (order_id / 1e308) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (order_id / 1e308) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite(CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) THEN (CAST("order_id" AS DOUBLE) / CAST('1e+308' AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (amount / order_id) is null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite("amount" / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST("order_id" AS DOUBLE)) THEN ("amount" / CAST("order_id" AS DOUBLE)) END) IS NULL) END, FALSE)

-- (amount / order_id) is not null
COALESCE(CASE WHEN (("amount" IS NOT NULL AND "order_id" IS NOT NULL) AND NOT is_finite("amount" / CAST("order_id" AS DOUBLE))) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST("order_id" AS DOUBLE)) THEN ("amount" / CAST("order_id" AS DOUBLE)) END) IS NOT NULL) END, FALSE)

-- (amount / order_id) > 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST("order_id" AS DOUBLE)) THEN ("amount" / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST("order_id" AS DOUBLE)) THEN ("amount" / CAST("order_id" AS DOUBLE)) END) > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / order_id) < 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST("order_id" AS DOUBLE)) THEN ("amount" / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST("order_id" AS DOUBLE)) THEN ("amount" / CAST("order_id" AS DOUBLE)) END) < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / order_id) == 0
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST("order_id" AS DOUBLE)) THEN ("amount" / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST("order_id" AS DOUBLE)) THEN ("amount" / CAST("order_id" AS DOUBLE)) END) = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (amount / order_id) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST("order_id" AS DOUBLE)) THEN ("amount" / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST("order_id" AS DOUBLE)) THEN ("amount" / CAST("order_id" AS DOUBLE)) END) >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (amount / order_id) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((CASE WHEN is_finite("amount" / CAST("order_id" AS DOUBLE)) THEN ("amount" / CAST("order_id" AS DOUBLE)) END)), FALSE) THEN NULL ELSE ((CASE WHEN is_finite("amount" / CAST("order_id" AS DOUBLE)) THEN ("amount" / CAST("order_id" AS DOUBLE)) END) <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- (order_id % 0) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 0 IS NOT NULL) AND 0 = 0) THEN NULL ELSE ((CASE WHEN 0 = 0 THEN NULL WHEN 0 = -1 THEN "order_id" * 0 ELSE "order_id" % 0 END) IS NULL) END, FALSE)

-- (order_id % 0) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 0 IS NOT NULL) AND 0 = 0) THEN NULL ELSE ((CASE WHEN 0 = 0 THEN NULL WHEN 0 = -1 THEN "order_id" * 0 ELSE "order_id" % 0 END) IS NOT NULL) END, FALSE)

-- (order_id % 0) > 0
COALESCE(((CASE WHEN 0 = 0 THEN NULL WHEN 0 = -1 THEN "order_id" * 0 ELSE "order_id" % 0 END) > 0), FALSE)

-- (order_id % 0) < 0
COALESCE(((CASE WHEN 0 = 0 THEN NULL WHEN 0 = -1 THEN "order_id" * 0 ELSE "order_id" % 0 END) < 0), FALSE)

-- (order_id % 0) == 0
COALESCE(((CASE WHEN 0 = 0 THEN NULL WHEN 0 = -1 THEN "order_id" * 0 ELSE "order_id" % 0 END) = 0), FALSE)

-- (order_id % 0) >= 1
COALESCE(((CASE WHEN 0 = 0 THEN NULL WHEN 0 = -1 THEN "order_id" * 0 ELSE "order_id" % 0 END) >= 1), FALSE)

-- (order_id % 0) <= -1
COALESCE(((CASE WHEN 0 = 0 THEN NULL WHEN 0 = -1 THEN "order_id" * 0 ELSE "order_id" % 0 END) <= (-1)), FALSE)

-- (0 % order_id) is null
COALESCE(CASE WHEN ((0 IS NOT NULL AND "order_id" IS NOT NULL) AND "order_id" = 0) THEN NULL ELSE ((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 0 * 0 ELSE 0 % "order_id" END) IS NULL) END, FALSE)

-- (0 % order_id) is not null
COALESCE(CASE WHEN ((0 IS NOT NULL AND "order_id" IS NOT NULL) AND "order_id" = 0) THEN NULL ELSE ((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 0 * 0 ELSE 0 % "order_id" END) IS NOT NULL) END, FALSE)

-- (0 % order_id) > 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 0 * 0 ELSE 0 % "order_id" END) > 0), FALSE)

-- (0 % order_id) < 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 0 * 0 ELSE 0 % "order_id" END) < 0), FALSE)

-- (0 % order_id) == 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 0 * 0 ELSE 0 % "order_id" END) = 0), FALSE)

-- (0 % order_id) >= 1
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 0 * 0 ELSE 0 % "order_id" END) >= 1), FALSE)

-- (0 % order_id) <= -1
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 0 * 0 ELSE 0 % "order_id" END) <= (-1)), FALSE)

-- (order_id % 1) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 1 IS NOT NULL) AND 1 = 0) THEN NULL ELSE ((CASE WHEN 1 = 0 THEN NULL WHEN 1 = -1 THEN "order_id" * 0 ELSE "order_id" % 1 END) IS NULL) END, FALSE)

-- (order_id % 1) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 1 IS NOT NULL) AND 1 = 0) THEN NULL ELSE ((CASE WHEN 1 = 0 THEN NULL WHEN 1 = -1 THEN "order_id" * 0 ELSE "order_id" % 1 END) IS NOT NULL) END, FALSE)

-- (order_id % 1) > 0
COALESCE(((CASE WHEN 1 = 0 THEN NULL WHEN 1 = -1 THEN "order_id" * 0 ELSE "order_id" % 1 END) > 0), FALSE)

-- (order_id % 1) < 0
COALESCE(((CASE WHEN 1 = 0 THEN NULL WHEN 1 = -1 THEN "order_id" * 0 ELSE "order_id" % 1 END) < 0), FALSE)

-- (order_id % 1) == 0
COALESCE(((CASE WHEN 1 = 0 THEN NULL WHEN 1 = -1 THEN "order_id" * 0 ELSE "order_id" % 1 END) = 0), FALSE)

-- (order_id % 1) >= 1
COALESCE(((CASE WHEN 1 = 0 THEN NULL WHEN 1 = -1 THEN "order_id" * 0 ELSE "order_id" % 1 END) >= 1), FALSE)

-- (order_id % 1) <= -1
COALESCE(((CASE WHEN 1 = 0 THEN NULL WHEN 1 = -1 THEN "order_id" * 0 ELSE "order_id" % 1 END) <= (-1)), FALSE)

-- (1 % order_id) is null
COALESCE(CASE WHEN ((1 IS NOT NULL AND "order_id" IS NOT NULL) AND "order_id" = 0) THEN NULL ELSE ((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 1 * 0 ELSE 1 % "order_id" END) IS NULL) END, FALSE)

-- (1 % order_id) is not null
COALESCE(CASE WHEN ((1 IS NOT NULL AND "order_id" IS NOT NULL) AND "order_id" = 0) THEN NULL ELSE ((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 1 * 0 ELSE 1 % "order_id" END) IS NOT NULL) END, FALSE)

-- (1 % order_id) > 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 1 * 0 ELSE 1 % "order_id" END) > 0), FALSE)

-- (1 % order_id) < 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 1 * 0 ELSE 1 % "order_id" END) < 0), FALSE)

-- (1 % order_id) == 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 1 * 0 ELSE 1 % "order_id" END) = 0), FALSE)

-- (1 % order_id) >= 1
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 1 * 0 ELSE 1 % "order_id" END) >= 1), FALSE)

-- (1 % order_id) <= -1
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 1 * 0 ELSE 1 % "order_id" END) <= (-1)), FALSE)

-- (order_id % -1) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-1) IS NOT NULL) AND (-1) = 0) THEN NULL ELSE ((CASE WHEN (-1) = 0 THEN NULL WHEN (-1) = -1 THEN "order_id" * 0 ELSE "order_id" % (-1) END) IS NULL) END, FALSE)

-- (order_id % -1) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-1) IS NOT NULL) AND (-1) = 0) THEN NULL ELSE ((CASE WHEN (-1) = 0 THEN NULL WHEN (-1) = -1 THEN "order_id" * 0 ELSE "order_id" % (-1) END) IS NOT NULL) END, FALSE)

-- (order_id % -1) > 0
COALESCE(((CASE WHEN (-1) = 0 THEN NULL WHEN (-1) = -1 THEN "order_id" * 0 ELSE "order_id" % (-1) END) > 0), FALSE)

-- (order_id % -1) < 0
COALESCE(((CASE WHEN (-1) = 0 THEN NULL WHEN (-1) = -1 THEN "order_id" * 0 ELSE "order_id" % (-1) END) < 0), FALSE)

-- (order_id % -1) == 0
COALESCE(((CASE WHEN (-1) = 0 THEN NULL WHEN (-1) = -1 THEN "order_id" * 0 ELSE "order_id" % (-1) END) = 0), FALSE)

-- (order_id % -1) >= 1
COALESCE(((CASE WHEN (-1) = 0 THEN NULL WHEN (-1) = -1 THEN "order_id" * 0 ELSE "order_id" % (-1) END) >= 1), FALSE)

-- (order_id % -1) <= -1
COALESCE(((CASE WHEN (-1) = 0 THEN NULL WHEN (-1) = -1 THEN "order_id" * 0 ELSE "order_id" % (-1) END) <= (-1)), FALSE)

-- (-1 % order_id) is null
COALESCE(CASE WHEN (((-1) IS NOT NULL AND "order_id" IS NOT NULL) AND "order_id" = 0) THEN NULL ELSE ((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-1) * 0 ELSE (-1) % "order_id" END) IS NULL) END, FALSE)

-- (-1 % order_id) is not null
COALESCE(CASE WHEN (((-1) IS NOT NULL AND "order_id" IS NOT NULL) AND "order_id" = 0) THEN NULL ELSE ((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-1) * 0 ELSE (-1) % "order_id" END) IS NOT NULL) END, FALSE)

-- (-1 % order_id) > 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-1) * 0 ELSE (-1) % "order_id" END) > 0), FALSE)

-- (-1 % order_id) < 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-1) * 0 ELSE (-1) % "order_id" END) < 0), FALSE)

-- (-1 % order_id) == 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-1) * 0 ELSE (-1) % "order_id" END) = 0), FALSE)

-- (-1 % order_id) >= 1
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-1) * 0 ELSE (-1) % "order_id" END) >= 1), FALSE)

-- (-1 % order_id) <= -1
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-1) * 0 ELSE (-1) % "order_id" END) <= (-1)), FALSE)

-- (order_id % 7) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 7 IS NOT NULL) AND 7 = 0) THEN NULL ELSE ((CASE WHEN 7 = 0 THEN NULL WHEN 7 = -1 THEN "order_id" * 0 ELSE "order_id" % 7 END) IS NULL) END, FALSE)

-- (order_id % 7) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 7 IS NOT NULL) AND 7 = 0) THEN NULL ELSE ((CASE WHEN 7 = 0 THEN NULL WHEN 7 = -1 THEN "order_id" * 0 ELSE "order_id" % 7 END) IS NOT NULL) END, FALSE)

-- (order_id % 7) > 0
COALESCE(((CASE WHEN 7 = 0 THEN NULL WHEN 7 = -1 THEN "order_id" * 0 ELSE "order_id" % 7 END) > 0), FALSE)

-- (order_id % 7) < 0
COALESCE(((CASE WHEN 7 = 0 THEN NULL WHEN 7 = -1 THEN "order_id" * 0 ELSE "order_id" % 7 END) < 0), FALSE)

-- (order_id % 7) == 0
COALESCE(((CASE WHEN 7 = 0 THEN NULL WHEN 7 = -1 THEN "order_id" * 0 ELSE "order_id" % 7 END) = 0), FALSE)

-- (order_id % 7) >= 1
COALESCE(((CASE WHEN 7 = 0 THEN NULL WHEN 7 = -1 THEN "order_id" * 0 ELSE "order_id" % 7 END) >= 1), FALSE)

-- (order_id % 7) <= -1
COALESCE(((CASE WHEN 7 = 0 THEN NULL WHEN 7 = -1 THEN "order_id" * 0 ELSE "order_id" % 7 END) <= (-1)), FALSE)

-- (7 % order_id) is null
COALESCE(CASE WHEN ((7 IS NOT NULL AND "order_id" IS NOT NULL) AND "order_id" = 0) THEN NULL ELSE ((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 7 * 0 ELSE 7 % "order_id" END) IS NULL) END, FALSE)

-- (7 % order_id) is not null
COALESCE(CASE WHEN ((7 IS NOT NULL AND "order_id" IS NOT NULL) AND "order_id" = 0) THEN NULL ELSE ((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 7 * 0 ELSE 7 % "order_id" END) IS NOT NULL) END, FALSE)

-- (7 % order_id) > 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 7 * 0 ELSE 7 % "order_id" END) > 0), FALSE)

-- (7 % order_id) < 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 7 * 0 ELSE 7 % "order_id" END) < 0), FALSE)

-- (7 % order_id) == 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 7 * 0 ELSE 7 % "order_id" END) = 0), FALSE)

-- (7 % order_id) >= 1
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 7 * 0 ELSE 7 % "order_id" END) >= 1), FALSE)

-- (7 % order_id) <= -1
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 7 * 0 ELSE 7 % "order_id" END) <= (-1)), FALSE)

-- (order_id % -7) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-7) IS NOT NULL) AND (-7) = 0) THEN NULL ELSE ((CASE WHEN (-7) = 0 THEN NULL WHEN (-7) = -1 THEN "order_id" * 0 ELSE "order_id" % (-7) END) IS NULL) END, FALSE)

-- (order_id % -7) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-7) IS NOT NULL) AND (-7) = 0) THEN NULL ELSE ((CASE WHEN (-7) = 0 THEN NULL WHEN (-7) = -1 THEN "order_id" * 0 ELSE "order_id" % (-7) END) IS NOT NULL) END, FALSE)

-- (order_id % -7) > 0
COALESCE(((CASE WHEN (-7) = 0 THEN NULL WHEN (-7) = -1 THEN "order_id" * 0 ELSE "order_id" % (-7) END) > 0), FALSE)

-- (order_id % -7) < 0
COALESCE(((CASE WHEN (-7) = 0 THEN NULL WHEN (-7) = -1 THEN "order_id" * 0 ELSE "order_id" % (-7) END) < 0), FALSE)

-- (order_id % -7) == 0
COALESCE(((CASE WHEN (-7) = 0 THEN NULL WHEN (-7) = -1 THEN "order_id" * 0 ELSE "order_id" % (-7) END) = 0), FALSE)

-- (order_id % -7) >= 1
COALESCE(((CASE WHEN (-7) = 0 THEN NULL WHEN (-7) = -1 THEN "order_id" * 0 ELSE "order_id" % (-7) END) >= 1), FALSE)

-- (order_id % -7) <= -1
COALESCE(((CASE WHEN (-7) = 0 THEN NULL WHEN (-7) = -1 THEN "order_id" * 0 ELSE "order_id" % (-7) END) <= (-1)), FALSE)

-- (-7 % order_id) is null
COALESCE(CASE WHEN (((-7) IS NOT NULL AND "order_id" IS NOT NULL) AND "order_id" = 0) THEN NULL ELSE ((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-7) * 0 ELSE (-7) % "order_id" END) IS NULL) END, FALSE)

-- (-7 % order_id) is not null
COALESCE(CASE WHEN (((-7) IS NOT NULL AND "order_id" IS NOT NULL) AND "order_id" = 0) THEN NULL ELSE ((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-7) * 0 ELSE (-7) % "order_id" END) IS NOT NULL) END, FALSE)

-- (-7 % order_id) > 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-7) * 0 ELSE (-7) % "order_id" END) > 0), FALSE)

-- (-7 % order_id) < 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-7) * 0 ELSE (-7) % "order_id" END) < 0), FALSE)

-- (-7 % order_id) == 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-7) * 0 ELSE (-7) % "order_id" END) = 0), FALSE)

-- (-7 % order_id) >= 1
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-7) * 0 ELSE (-7) % "order_id" END) >= 1), FALSE)

-- (-7 % order_id) <= -1
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-7) * 0 ELSE (-7) % "order_id" END) <= (-1)), FALSE)

-- (order_id % 9223372036854775807) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9223372036854775807 IS NOT NULL) AND 9223372036854775807 = 0) THEN NULL ELSE ((CASE WHEN 9223372036854775807 = 0 THEN NULL WHEN 9223372036854775807 = -1 THEN "order_id" * 0 ELSE "order_id" % 9223372036854775807 END) IS NULL) END, FALSE)

-- (order_id % 9223372036854775807) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9223372036854775807 IS NOT NULL) AND 9223372036854775807 = 0) THEN NULL ELSE ((CASE WHEN 9223372036854775807 = 0 THEN NULL WHEN 9223372036854775807 = -1 THEN "order_id" * 0 ELSE "order_id" % 9223372036854775807 END) IS NOT NULL) END, FALSE)

-- (order_id % 9223372036854775807) > 0
COALESCE(((CASE WHEN 9223372036854775807 = 0 THEN NULL WHEN 9223372036854775807 = -1 THEN "order_id" * 0 ELSE "order_id" % 9223372036854775807 END) > 0), FALSE)

-- (order_id % 9223372036854775807) < 0
COALESCE(((CASE WHEN 9223372036854775807 = 0 THEN NULL WHEN 9223372036854775807 = -1 THEN "order_id" * 0 ELSE "order_id" % 9223372036854775807 END) < 0), FALSE)

-- (order_id % 9223372036854775807) == 0
COALESCE(((CASE WHEN 9223372036854775807 = 0 THEN NULL WHEN 9223372036854775807 = -1 THEN "order_id" * 0 ELSE "order_id" % 9223372036854775807 END) = 0), FALSE)

-- (order_id % 9223372036854775807) >= 1
COALESCE(((CASE WHEN 9223372036854775807 = 0 THEN NULL WHEN 9223372036854775807 = -1 THEN "order_id" * 0 ELSE "order_id" % 9223372036854775807 END) >= 1), FALSE)

-- (order_id % 9223372036854775807) <= -1
COALESCE(((CASE WHEN 9223372036854775807 = 0 THEN NULL WHEN 9223372036854775807 = -1 THEN "order_id" * 0 ELSE "order_id" % 9223372036854775807 END) <= (-1)), FALSE)

-- (9223372036854775807 % order_id) is null
COALESCE(CASE WHEN ((9223372036854775807 IS NOT NULL AND "order_id" IS NOT NULL) AND "order_id" = 0) THEN NULL ELSE ((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 9223372036854775807 * 0 ELSE 9223372036854775807 % "order_id" END) IS NULL) END, FALSE)

-- (9223372036854775807 % order_id) is not null
COALESCE(CASE WHEN ((9223372036854775807 IS NOT NULL AND "order_id" IS NOT NULL) AND "order_id" = 0) THEN NULL ELSE ((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 9223372036854775807 * 0 ELSE 9223372036854775807 % "order_id" END) IS NOT NULL) END, FALSE)

-- (9223372036854775807 % order_id) > 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 9223372036854775807 * 0 ELSE 9223372036854775807 % "order_id" END) > 0), FALSE)

-- (9223372036854775807 % order_id) < 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 9223372036854775807 * 0 ELSE 9223372036854775807 % "order_id" END) < 0), FALSE)

-- (9223372036854775807 % order_id) == 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 9223372036854775807 * 0 ELSE 9223372036854775807 % "order_id" END) = 0), FALSE)

-- (9223372036854775807 % order_id) >= 1
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 9223372036854775807 * 0 ELSE 9223372036854775807 % "order_id" END) >= 1), FALSE)

-- (9223372036854775807 % order_id) <= -1
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 9223372036854775807 * 0 ELSE 9223372036854775807 % "order_id" END) <= (-1)), FALSE)

-- (order_id % -9223372036854775808) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-9223372036854775807 - 1) IS NOT NULL) AND (-9223372036854775807 - 1) = 0) THEN NULL ELSE ((CASE WHEN (-9223372036854775807 - 1) = 0 THEN NULL WHEN (-9223372036854775807 - 1) = -1 THEN "order_id" * 0 ELSE "order_id" % (-9223372036854775807 - 1) END) IS NULL) END, FALSE)

-- (order_id % -9223372036854775808) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND (-9223372036854775807 - 1) IS NOT NULL) AND (-9223372036854775807 - 1) = 0) THEN NULL ELSE ((CASE WHEN (-9223372036854775807 - 1) = 0 THEN NULL WHEN (-9223372036854775807 - 1) = -1 THEN "order_id" * 0 ELSE "order_id" % (-9223372036854775807 - 1) END) IS NOT NULL) END, FALSE)

-- (order_id % -9223372036854775808) > 0
COALESCE(((CASE WHEN (-9223372036854775807 - 1) = 0 THEN NULL WHEN (-9223372036854775807 - 1) = -1 THEN "order_id" * 0 ELSE "order_id" % (-9223372036854775807 - 1) END) > 0), FALSE)

-- (order_id % -9223372036854775808) < 0
COALESCE(((CASE WHEN (-9223372036854775807 - 1) = 0 THEN NULL WHEN (-9223372036854775807 - 1) = -1 THEN "order_id" * 0 ELSE "order_id" % (-9223372036854775807 - 1) END) < 0), FALSE)

-- (order_id % -9223372036854775808) == 0
COALESCE(((CASE WHEN (-9223372036854775807 - 1) = 0 THEN NULL WHEN (-9223372036854775807 - 1) = -1 THEN "order_id" * 0 ELSE "order_id" % (-9223372036854775807 - 1) END) = 0), FALSE)

-- (order_id % -9223372036854775808) >= 1
COALESCE(((CASE WHEN (-9223372036854775807 - 1) = 0 THEN NULL WHEN (-9223372036854775807 - 1) = -1 THEN "order_id" * 0 ELSE "order_id" % (-9223372036854775807 - 1) END) >= 1), FALSE)

-- (order_id % -9223372036854775808) <= -1
COALESCE(((CASE WHEN (-9223372036854775807 - 1) = 0 THEN NULL WHEN (-9223372036854775807 - 1) = -1 THEN "order_id" * 0 ELSE "order_id" % (-9223372036854775807 - 1) END) <= (-1)), FALSE)

-- (-9223372036854775808 % order_id) is null
COALESCE(CASE WHEN (((-9223372036854775807 - 1) IS NOT NULL AND "order_id" IS NOT NULL) AND "order_id" = 0) THEN NULL ELSE ((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-9223372036854775807 - 1) * 0 ELSE (-9223372036854775807 - 1) % "order_id" END) IS NULL) END, FALSE)

-- (-9223372036854775808 % order_id) is not null
COALESCE(CASE WHEN (((-9223372036854775807 - 1) IS NOT NULL AND "order_id" IS NOT NULL) AND "order_id" = 0) THEN NULL ELSE ((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-9223372036854775807 - 1) * 0 ELSE (-9223372036854775807 - 1) % "order_id" END) IS NOT NULL) END, FALSE)

-- (-9223372036854775808 % order_id) > 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-9223372036854775807 - 1) * 0 ELSE (-9223372036854775807 - 1) % "order_id" END) > 0), FALSE)

-- (-9223372036854775808 % order_id) < 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-9223372036854775807 - 1) * 0 ELSE (-9223372036854775807 - 1) % "order_id" END) < 0), FALSE)

-- (-9223372036854775808 % order_id) == 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-9223372036854775807 - 1) * 0 ELSE (-9223372036854775807 - 1) % "order_id" END) = 0), FALSE)

-- (-9223372036854775808 % order_id) >= 1
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-9223372036854775807 - 1) * 0 ELSE (-9223372036854775807 - 1) % "order_id" END) >= 1), FALSE)

-- (-9223372036854775808 % order_id) <= -1
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN (-9223372036854775807 - 1) * 0 ELSE (-9223372036854775807 - 1) % "order_id" END) <= (-1)), FALSE)

-- (order_id % 9007199254740993) is null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9007199254740993 IS NOT NULL) AND 9007199254740993 = 0) THEN NULL ELSE ((CASE WHEN 9007199254740993 = 0 THEN NULL WHEN 9007199254740993 = -1 THEN "order_id" * 0 ELSE "order_id" % 9007199254740993 END) IS NULL) END, FALSE)

-- (order_id % 9007199254740993) is not null
COALESCE(CASE WHEN (("order_id" IS NOT NULL AND 9007199254740993 IS NOT NULL) AND 9007199254740993 = 0) THEN NULL ELSE ((CASE WHEN 9007199254740993 = 0 THEN NULL WHEN 9007199254740993 = -1 THEN "order_id" * 0 ELSE "order_id" % 9007199254740993 END) IS NOT NULL) END, FALSE)

-- (order_id % 9007199254740993) > 0
COALESCE(((CASE WHEN 9007199254740993 = 0 THEN NULL WHEN 9007199254740993 = -1 THEN "order_id" * 0 ELSE "order_id" % 9007199254740993 END) > 0), FALSE)

-- (order_id % 9007199254740993) < 0
COALESCE(((CASE WHEN 9007199254740993 = 0 THEN NULL WHEN 9007199254740993 = -1 THEN "order_id" * 0 ELSE "order_id" % 9007199254740993 END) < 0), FALSE)

-- (order_id % 9007199254740993) == 0
COALESCE(((CASE WHEN 9007199254740993 = 0 THEN NULL WHEN 9007199254740993 = -1 THEN "order_id" * 0 ELSE "order_id" % 9007199254740993 END) = 0), FALSE)

-- (order_id % 9007199254740993) >= 1
COALESCE(((CASE WHEN 9007199254740993 = 0 THEN NULL WHEN 9007199254740993 = -1 THEN "order_id" * 0 ELSE "order_id" % 9007199254740993 END) >= 1), FALSE)

-- (order_id % 9007199254740993) <= -1
COALESCE(((CASE WHEN 9007199254740993 = 0 THEN NULL WHEN 9007199254740993 = -1 THEN "order_id" * 0 ELSE "order_id" % 9007199254740993 END) <= (-1)), FALSE)

-- (9007199254740993 % order_id) is null
COALESCE(CASE WHEN ((9007199254740993 IS NOT NULL AND "order_id" IS NOT NULL) AND "order_id" = 0) THEN NULL ELSE ((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 9007199254740993 * 0 ELSE 9007199254740993 % "order_id" END) IS NULL) END, FALSE)

-- (9007199254740993 % order_id) is not null
COALESCE(CASE WHEN ((9007199254740993 IS NOT NULL AND "order_id" IS NOT NULL) AND "order_id" = 0) THEN NULL ELSE ((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 9007199254740993 * 0 ELSE 9007199254740993 % "order_id" END) IS NOT NULL) END, FALSE)

-- (9007199254740993 % order_id) > 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 9007199254740993 * 0 ELSE 9007199254740993 % "order_id" END) > 0), FALSE)

-- (9007199254740993 % order_id) < 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 9007199254740993 * 0 ELSE 9007199254740993 % "order_id" END) < 0), FALSE)

-- (9007199254740993 % order_id) == 0
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 9007199254740993 * 0 ELSE 9007199254740993 % "order_id" END) = 0), FALSE)

-- (9007199254740993 % order_id) >= 1
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 9007199254740993 * 0 ELSE 9007199254740993 % "order_id" END) >= 1), FALSE)

-- (9007199254740993 % order_id) <= -1
COALESCE(((CASE WHEN "order_id" = 0 THEN NULL WHEN "order_id" = -1 THEN 9007199254740993 * 0 ELSE 9007199254740993 % "order_id" END) <= (-1)), FALSE)

-- (-order_id) is null
COALESCE(CASE WHEN COALESCE(("order_id" = (-9223372036854775807 - 1)), FALSE) THEN NULL ELSE (CASE WHEN ("order_id" = (-9223372036854775807 - 1)) THEN NULL ELSE (-"order_id") END IS NULL) END, FALSE)

-- (-order_id) is not null
COALESCE(CASE WHEN COALESCE(("order_id" = (-9223372036854775807 - 1)), FALSE) THEN NULL ELSE (CASE WHEN ("order_id" = (-9223372036854775807 - 1)) THEN NULL ELSE (-"order_id") END IS NOT NULL) END, FALSE)

-- (-order_id) > 0
COALESCE((CASE WHEN ("order_id" = (-9223372036854775807 - 1)) THEN NULL ELSE (-"order_id") END > 0), FALSE)

-- (-order_id) < 0
COALESCE((CASE WHEN ("order_id" = (-9223372036854775807 - 1)) THEN NULL ELSE (-"order_id") END < 0), FALSE)

-- (-order_id) == 0
COALESCE((CASE WHEN ("order_id" = (-9223372036854775807 - 1)) THEN NULL ELSE (-"order_id") END = 0), FALSE)

-- (-order_id) >= 1
COALESCE((CASE WHEN ("order_id" = (-9223372036854775807 - 1)) THEN NULL ELSE (-"order_id") END >= 1), FALSE)

-- (-order_id) <= -1
COALESCE((CASE WHEN ("order_id" = (-9223372036854775807 - 1)) THEN NULL ELSE (-"order_id") END <= (-1)), FALSE)

-- (-amount) is null
COALESCE(((-"amount") IS NULL), FALSE)

-- (-amount) is not null
COALESCE(((-"amount") IS NOT NULL), FALSE)

-- (-amount) > 0
COALESCE(CASE WHEN COALESCE(is_nan((-"amount")), FALSE) THEN NULL ELSE ((-"amount") > CAST('0.0' AS DOUBLE)) END, FALSE)

-- (-amount) < 0
COALESCE(CASE WHEN COALESCE(is_nan((-"amount")), FALSE) THEN NULL ELSE ((-"amount") < CAST('0.0' AS DOUBLE)) END, FALSE)

-- (-amount) == 0
COALESCE(CASE WHEN COALESCE(is_nan((-"amount")), FALSE) THEN NULL ELSE ((-"amount") = CAST('0.0' AS DOUBLE)) END, FALSE)

-- (-amount) >= 1
COALESCE(CASE WHEN COALESCE(is_nan((-"amount")), FALSE) THEN NULL ELSE ((-"amount") >= CAST('1.0' AS DOUBLE)) END, FALSE)

-- (-amount) <= -1
COALESCE(CASE WHEN COALESCE(is_nan((-"amount")), FALSE) THEN NULL ELSE ((-"amount") <= CAST('-1.0' AS DOUBLE)) END, FALSE)

-- order_id == 0
COALESCE(("order_id" = 0), FALSE)

-- order_id == 1
COALESCE(("order_id" = 1), FALSE)

-- order_id == -1
COALESCE(("order_id" = (-1)), FALSE)

-- order_id == 7
COALESCE(("order_id" = 7), FALSE)

-- order_id == -7
COALESCE(("order_id" = (-7)), FALSE)

-- order_id == 9223372036854775807
COALESCE(("order_id" = 9223372036854775807), FALSE)

-- order_id == -9223372036854775808
COALESCE(("order_id" = (-9223372036854775807 - 1)), FALSE)

-- order_id == 9007199254740993
COALESCE(("order_id" = 9007199254740993), FALSE)

-- order_id == 0.0
COALESCE(("order_id" = 0), FALSE)

-- amount == 0.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" = CAST('0.0' AS DOUBLE)) END, FALSE)

-- order_id == 1.5
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE FALSE END), FALSE)

-- amount == 1.5
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" = CAST('1.5' AS DOUBLE)) END, FALSE)

-- order_id == -1.5
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE FALSE END), FALSE)

-- amount == -1.5
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" = CAST('-1.5' AS DOUBLE)) END, FALSE)

-- order_id == 9007199254740993.0
COALESCE(("order_id" = 9007199254740992), FALSE)

-- amount == 9007199254740993.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" = CAST('9007199254740992.0' AS DOUBLE)) END, FALSE)

-- order_id == 9223372036854775807.0
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE FALSE END), FALSE)

-- amount == 9223372036854775807.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" = CAST('9.2233720368547758e+18' AS DOUBLE)) END, FALSE)

-- order_id == -9223372036854775808.0
COALESCE(("order_id" = (-9223372036854775807 - 1)), FALSE)

-- amount == -9223372036854775808.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" = CAST('-9.2233720368547758e+18' AS DOUBLE)) END, FALSE)

-- order_id == 1e308
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE FALSE END), FALSE)

-- amount == 1e308
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" = CAST('1e+308' AS DOUBLE)) END, FALSE)

-- amount == order_id
COALESCE(((CASE WHEN "order_id" IS NULL OR "amount" IS NULL OR is_nan("amount") THEN NULL WHEN "amount" >= 9223372036854775808.0 THEN -1 WHEN "amount" < -9223372036854775808.0 THEN 1 WHEN "order_id" < CAST(floor("amount") AS BIGINT) THEN -1 WHEN "order_id" > CAST(floor("amount") AS BIGINT) THEN 1 WHEN "amount" > floor("amount") THEN -1 ELSE 0 END) = 0), FALSE)

-- notes == ""
COALESCE(("notes" = ''), FALSE)

-- notes == "a"
COALESCE(("notes" = 'a'), FALSE)

-- notes == "Zoë"
COALESCE(("notes" = 'Zoë'), FALSE)

-- notes == "Z"
COALESCE(("notes" = 'Z'), FALSE)

-- notes == country
COALESCE(("notes" = "country"), FALSE)

-- placed_on == date "2022-01-01"
COALESCE(("placed_on" = DATE '2022-01-01'), FALSE)

-- order_id != 0
COALESCE(("order_id" <> 0), FALSE)

-- order_id != 1
COALESCE(("order_id" <> 1), FALSE)

-- order_id != -1
COALESCE(("order_id" <> (-1)), FALSE)

-- order_id != 7
COALESCE(("order_id" <> 7), FALSE)

-- order_id != -7
COALESCE(("order_id" <> (-7)), FALSE)

-- order_id != 9223372036854775807
COALESCE(("order_id" <> 9223372036854775807), FALSE)

-- order_id != -9223372036854775808
COALESCE(("order_id" <> (-9223372036854775807 - 1)), FALSE)

-- order_id != 9007199254740993
COALESCE(("order_id" <> 9007199254740993), FALSE)

-- order_id != 0.0
COALESCE(("order_id" <> 0), FALSE)

-- amount != 0.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" <> CAST('0.0' AS DOUBLE)) END, FALSE)

-- order_id != 1.5
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE TRUE END), FALSE)

-- amount != 1.5
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" <> CAST('1.5' AS DOUBLE)) END, FALSE)

-- order_id != -1.5
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE TRUE END), FALSE)

-- amount != -1.5
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" <> CAST('-1.5' AS DOUBLE)) END, FALSE)

-- order_id != 9007199254740993.0
COALESCE(("order_id" <> 9007199254740992), FALSE)

-- amount != 9007199254740993.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" <> CAST('9007199254740992.0' AS DOUBLE)) END, FALSE)

-- order_id != 9223372036854775807.0
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE TRUE END), FALSE)

-- amount != 9223372036854775807.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" <> CAST('9.2233720368547758e+18' AS DOUBLE)) END, FALSE)

-- order_id != -9223372036854775808.0
COALESCE(("order_id" <> (-9223372036854775807 - 1)), FALSE)

-- amount != -9223372036854775808.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" <> CAST('-9.2233720368547758e+18' AS DOUBLE)) END, FALSE)

-- order_id != 1e308
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE TRUE END), FALSE)

-- amount != 1e308
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" <> CAST('1e+308' AS DOUBLE)) END, FALSE)

-- amount != order_id
COALESCE(((CASE WHEN "order_id" IS NULL OR "amount" IS NULL OR is_nan("amount") THEN NULL WHEN "amount" >= 9223372036854775808.0 THEN -1 WHEN "amount" < -9223372036854775808.0 THEN 1 WHEN "order_id" < CAST(floor("amount") AS BIGINT) THEN -1 WHEN "order_id" > CAST(floor("amount") AS BIGINT) THEN 1 WHEN "amount" > floor("amount") THEN -1 ELSE 0 END) <> 0), FALSE)

-- notes != ""
COALESCE(("notes" <> ''), FALSE)

-- notes != "a"
COALESCE(("notes" <> 'a'), FALSE)

-- notes != "Zoë"
COALESCE(("notes" <> 'Zoë'), FALSE)

-- notes != "Z"
COALESCE(("notes" <> 'Z'), FALSE)

-- notes != country
COALESCE(("notes" <> "country"), FALSE)

-- placed_on != date "2022-01-01"
COALESCE(("placed_on" <> DATE '2022-01-01'), FALSE)

-- order_id < 0
COALESCE(("order_id" < 0), FALSE)

-- order_id < 1
COALESCE(("order_id" < 1), FALSE)

-- order_id < -1
COALESCE(("order_id" < (-1)), FALSE)

-- order_id < 7
COALESCE(("order_id" < 7), FALSE)

-- order_id < -7
COALESCE(("order_id" < (-7)), FALSE)

-- order_id < 9223372036854775807
COALESCE(("order_id" < 9223372036854775807), FALSE)

-- order_id < -9223372036854775808
COALESCE(("order_id" < (-9223372036854775807 - 1)), FALSE)

-- order_id < 9007199254740993
COALESCE(("order_id" < 9007199254740993), FALSE)

-- order_id < 0.0
COALESCE(("order_id" < 0), FALSE)

-- amount < 0.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" < CAST('0.0' AS DOUBLE)) END, FALSE)

-- order_id < 1.5
COALESCE(("order_id" <= 1), FALSE)

-- amount < 1.5
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" < CAST('1.5' AS DOUBLE)) END, FALSE)

-- order_id < -1.5
COALESCE(("order_id" <= (-2)), FALSE)

-- amount < -1.5
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" < CAST('-1.5' AS DOUBLE)) END, FALSE)

-- order_id < 9007199254740993.0
COALESCE(("order_id" < 9007199254740992), FALSE)

-- amount < 9007199254740993.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" < CAST('9007199254740992.0' AS DOUBLE)) END, FALSE)

-- order_id < 9223372036854775807.0
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE TRUE END), FALSE)

-- amount < 9223372036854775807.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" < CAST('9.2233720368547758e+18' AS DOUBLE)) END, FALSE)

-- order_id < -9223372036854775808.0
COALESCE(("order_id" < (-9223372036854775807 - 1)), FALSE)

-- amount < -9223372036854775808.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" < CAST('-9.2233720368547758e+18' AS DOUBLE)) END, FALSE)

-- order_id < 1e308
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE TRUE END), FALSE)

-- amount < 1e308
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" < CAST('1e+308' AS DOUBLE)) END, FALSE)

-- amount < order_id
COALESCE(((CASE WHEN "order_id" IS NULL OR "amount" IS NULL OR is_nan("amount") THEN NULL WHEN "amount" >= 9223372036854775808.0 THEN -1 WHEN "amount" < -9223372036854775808.0 THEN 1 WHEN "order_id" < CAST(floor("amount") AS BIGINT) THEN -1 WHEN "order_id" > CAST(floor("amount") AS BIGINT) THEN 1 WHEN "amount" > floor("amount") THEN -1 ELSE 0 END) > 0), FALSE)

-- notes < ""
COALESCE(("notes" < ''), FALSE)

-- notes < "a"
COALESCE(("notes" < 'a'), FALSE)

-- notes < "Zoë"
COALESCE(("notes" < 'Zoë'), FALSE)

-- notes < "Z"
COALESCE(("notes" < 'Z'), FALSE)

-- notes < country
COALESCE(("notes" < "country"), FALSE)

-- placed_on < date "2022-01-01"
COALESCE(("placed_on" < DATE '2022-01-01'), FALSE)

-- order_id <= 0
COALESCE(("order_id" <= 0), FALSE)

-- order_id <= 1
COALESCE(("order_id" <= 1), FALSE)

-- order_id <= -1
COALESCE(("order_id" <= (-1)), FALSE)

-- order_id <= 7
COALESCE(("order_id" <= 7), FALSE)

-- order_id <= -7
COALESCE(("order_id" <= (-7)), FALSE)

-- order_id <= 9223372036854775807
COALESCE(("order_id" <= 9223372036854775807), FALSE)

-- order_id <= -9223372036854775808
COALESCE(("order_id" <= (-9223372036854775807 - 1)), FALSE)

-- order_id <= 9007199254740993
COALESCE(("order_id" <= 9007199254740993), FALSE)

-- order_id <= 0.0
COALESCE(("order_id" <= 0), FALSE)

-- amount <= 0.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" <= CAST('0.0' AS DOUBLE)) END, FALSE)

-- order_id <= 1.5
COALESCE(("order_id" <= 1), FALSE)

-- amount <= 1.5
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" <= CAST('1.5' AS DOUBLE)) END, FALSE)

-- order_id <= -1.5
COALESCE(("order_id" <= (-2)), FALSE)

-- amount <= -1.5
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" <= CAST('-1.5' AS DOUBLE)) END, FALSE)

-- order_id <= 9007199254740993.0
COALESCE(("order_id" <= 9007199254740992), FALSE)

-- amount <= 9007199254740993.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" <= CAST('9007199254740992.0' AS DOUBLE)) END, FALSE)

-- order_id <= 9223372036854775807.0
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE TRUE END), FALSE)

-- amount <= 9223372036854775807.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" <= CAST('9.2233720368547758e+18' AS DOUBLE)) END, FALSE)

-- order_id <= -9223372036854775808.0
COALESCE(("order_id" <= (-9223372036854775807 - 1)), FALSE)

-- amount <= -9223372036854775808.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" <= CAST('-9.2233720368547758e+18' AS DOUBLE)) END, FALSE)

-- order_id <= 1e308
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE TRUE END), FALSE)

-- amount <= 1e308
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" <= CAST('1e+308' AS DOUBLE)) END, FALSE)

-- amount <= order_id
COALESCE(((CASE WHEN "order_id" IS NULL OR "amount" IS NULL OR is_nan("amount") THEN NULL WHEN "amount" >= 9223372036854775808.0 THEN -1 WHEN "amount" < -9223372036854775808.0 THEN 1 WHEN "order_id" < CAST(floor("amount") AS BIGINT) THEN -1 WHEN "order_id" > CAST(floor("amount") AS BIGINT) THEN 1 WHEN "amount" > floor("amount") THEN -1 ELSE 0 END) >= 0), FALSE)

-- notes <= ""
COALESCE(("notes" <= ''), FALSE)

-- notes <= "a"
COALESCE(("notes" <= 'a'), FALSE)

-- notes <= "Zoë"
COALESCE(("notes" <= 'Zoë'), FALSE)

-- notes <= "Z"
COALESCE(("notes" <= 'Z'), FALSE)

-- notes <= country
COALESCE(("notes" <= "country"), FALSE)

-- placed_on <= date "2022-01-01"
COALESCE(("placed_on" <= DATE '2022-01-01'), FALSE)

-- order_id > 0
COALESCE(("order_id" > 0), FALSE)

-- order_id > 1
COALESCE(("order_id" > 1), FALSE)

-- order_id > -1
COALESCE(("order_id" > (-1)), FALSE)

-- order_id > 7
COALESCE(("order_id" > 7), FALSE)

-- order_id > -7
COALESCE(("order_id" > (-7)), FALSE)

-- order_id > 9223372036854775807
COALESCE(("order_id" > 9223372036854775807), FALSE)

-- order_id > -9223372036854775808
COALESCE(("order_id" > (-9223372036854775807 - 1)), FALSE)

-- order_id > 9007199254740993
COALESCE(("order_id" > 9007199254740993), FALSE)

-- order_id > 0.0
COALESCE(("order_id" > 0), FALSE)

-- amount > 0.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" > CAST('0.0' AS DOUBLE)) END, FALSE)

-- order_id > 1.5
COALESCE(("order_id" > 1), FALSE)

-- amount > 1.5
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" > CAST('1.5' AS DOUBLE)) END, FALSE)

-- order_id > -1.5
COALESCE(("order_id" > (-2)), FALSE)

-- amount > -1.5
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" > CAST('-1.5' AS DOUBLE)) END, FALSE)

-- order_id > 9007199254740993.0
COALESCE(("order_id" > 9007199254740992), FALSE)

-- amount > 9007199254740993.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" > CAST('9007199254740992.0' AS DOUBLE)) END, FALSE)

-- order_id > 9223372036854775807.0
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE FALSE END), FALSE)

-- amount > 9223372036854775807.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" > CAST('9.2233720368547758e+18' AS DOUBLE)) END, FALSE)

-- order_id > -9223372036854775808.0
COALESCE(("order_id" > (-9223372036854775807 - 1)), FALSE)

-- amount > -9223372036854775808.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" > CAST('-9.2233720368547758e+18' AS DOUBLE)) END, FALSE)

-- order_id > 1e308
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE FALSE END), FALSE)

-- amount > 1e308
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" > CAST('1e+308' AS DOUBLE)) END, FALSE)

-- amount > order_id
COALESCE(((CASE WHEN "order_id" IS NULL OR "amount" IS NULL OR is_nan("amount") THEN NULL WHEN "amount" >= 9223372036854775808.0 THEN -1 WHEN "amount" < -9223372036854775808.0 THEN 1 WHEN "order_id" < CAST(floor("amount") AS BIGINT) THEN -1 WHEN "order_id" > CAST(floor("amount") AS BIGINT) THEN 1 WHEN "amount" > floor("amount") THEN -1 ELSE 0 END) < 0), FALSE)

-- notes > ""
COALESCE(("notes" > ''), FALSE)

-- notes > "a"
COALESCE(("notes" > 'a'), FALSE)

-- notes > "Zoë"
COALESCE(("notes" > 'Zoë'), FALSE)

-- notes > "Z"
COALESCE(("notes" > 'Z'), FALSE)

-- notes > country
COALESCE(("notes" > "country"), FALSE)

-- placed_on > date "2022-01-01"
COALESCE(("placed_on" > DATE '2022-01-01'), FALSE)

-- order_id >= 0
COALESCE(("order_id" >= 0), FALSE)

-- order_id >= 1
COALESCE(("order_id" >= 1), FALSE)

-- order_id >= -1
COALESCE(("order_id" >= (-1)), FALSE)

-- order_id >= 7
COALESCE(("order_id" >= 7), FALSE)

-- order_id >= -7
COALESCE(("order_id" >= (-7)), FALSE)

-- order_id >= 9223372036854775807
COALESCE(("order_id" >= 9223372036854775807), FALSE)

-- order_id >= -9223372036854775808
COALESCE(("order_id" >= (-9223372036854775807 - 1)), FALSE)

-- order_id >= 9007199254740993
COALESCE(("order_id" >= 9007199254740993), FALSE)

-- order_id >= 0.0
COALESCE(("order_id" >= 0), FALSE)

-- amount >= 0.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" >= CAST('0.0' AS DOUBLE)) END, FALSE)

-- order_id >= 1.5
COALESCE(("order_id" > 1), FALSE)

-- amount >= 1.5
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" >= CAST('1.5' AS DOUBLE)) END, FALSE)

-- order_id >= -1.5
COALESCE(("order_id" > (-2)), FALSE)

-- amount >= -1.5
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" >= CAST('-1.5' AS DOUBLE)) END, FALSE)

-- order_id >= 9007199254740993.0
COALESCE(("order_id" >= 9007199254740992), FALSE)

-- amount >= 9007199254740993.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" >= CAST('9007199254740992.0' AS DOUBLE)) END, FALSE)

-- order_id >= 9223372036854775807.0
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE FALSE END), FALSE)

-- amount >= 9223372036854775807.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" >= CAST('9.2233720368547758e+18' AS DOUBLE)) END, FALSE)

-- order_id >= -9223372036854775808.0
COALESCE(("order_id" >= (-9223372036854775807 - 1)), FALSE)

-- amount >= -9223372036854775808.0
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" >= CAST('-9.2233720368547758e+18' AS DOUBLE)) END, FALSE)

-- order_id >= 1e308
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE FALSE END), FALSE)

-- amount >= 1e308
COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" >= CAST('1e+308' AS DOUBLE)) END, FALSE)

-- amount >= order_id
COALESCE(((CASE WHEN "order_id" IS NULL OR "amount" IS NULL OR is_nan("amount") THEN NULL WHEN "amount" >= 9223372036854775808.0 THEN -1 WHEN "amount" < -9223372036854775808.0 THEN 1 WHEN "order_id" < CAST(floor("amount") AS BIGINT) THEN -1 WHEN "order_id" > CAST(floor("amount") AS BIGINT) THEN 1 WHEN "amount" > floor("amount") THEN -1 ELSE 0 END) <= 0), FALSE)

-- notes >= ""
COALESCE(("notes" >= ''), FALSE)

-- notes >= "a"
COALESCE(("notes" >= 'a'), FALSE)

-- notes >= "Zoë"
COALESCE(("notes" >= 'Zoë'), FALSE)

-- notes >= "Z"
COALESCE(("notes" >= 'Z'), FALSE)

-- notes >= country
COALESCE(("notes" >= "country"), FALSE)

-- placed_on >= date "2022-01-01"
COALESCE(("placed_on" >= DATE '2022-01-01'), FALSE)

-- order_id in [0, 1, 9223372036854775807]
COALESCE(("order_id" IN (0, 1, 9223372036854775807)), FALSE)

-- order_id not in [0, 1, 9223372036854775807]
COALESCE(("order_id" NOT IN (0, 1, 9223372036854775807)), FALSE)

-- amount in [0, 1, 9223372036854775807]
COALESCE(("amount" IN (CAST('0.0' AS DOUBLE), CAST('1.0' AS DOUBLE))), FALSE)

-- order_id in [1.5, 0.0, 7.0]
COALESCE(("order_id" IN (0, 7)), FALSE)

-- order_id not in [1.5, 0.0, 7.0]
COALESCE(("order_id" NOT IN (0, 7)), FALSE)

-- amount in [1.5, 0.0, 7.0]
COALESCE(("amount" IN (CAST('1.5' AS DOUBLE), CAST('0.0' AS DOUBLE), CAST('7.0' AS DOUBLE))), FALSE)

-- order_id in []
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE FALSE END), FALSE)

-- order_id not in []
COALESCE((CASE WHEN "order_id" IS NULL THEN NULL ELSE TRUE END), FALSE)

-- amount in []
COALESCE((CASE WHEN "amount" IS NULL THEN NULL ELSE FALSE END), FALSE)

-- notes in ["", "a"]
COALESCE(("notes" IN ('', 'a')), FALSE)

-- (order_id > 0 and amount > 0.0) or not (notes == "a")
COALESCE(((("order_id" > 0) AND CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" > CAST('0.0' AS DOUBLE)) END) OR (NOT ("notes" = 'a'))), FALSE)

-- not (order_id * 2 > 0) or order_id == 1
COALESCE(((NOT (try("order_id" * 2) > 0)) OR ("order_id" = 1)), FALSE)

-- (order_id * 2 > 0 and amount > 1e307) is null
COALESCE(CASE WHEN (((("order_id" IS NOT NULL AND 2 IS NOT NULL) AND try("order_id" * 2) IS NULL) OR COALESCE(is_nan("amount"), FALSE)) AND NOT (((NOT COALESCE((try("order_id" * 2) > 0), TRUE)) OR (NOT COALESCE(CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" > CAST('9.9999999999999999e+306' AS DOUBLE)) END, TRUE))))) THEN NULL ELSE (((try("order_id" * 2) > 0) AND CASE WHEN COALESCE(is_nan("amount"), FALSE) THEN NULL ELSE ("amount" > CAST('9.9999999999999999e+306' AS DOUBLE)) END) IS NULL) END, FALSE)

-- (s.length(notes)) is null
COALESCE(((CASE WHEN "notes" IS NULL THEN NULL ELSE CAST(length("notes") AS BIGINT) END) IS NULL), FALSE)

-- (s.length(notes)) is not null
COALESCE(((CASE WHEN "notes" IS NULL THEN NULL ELSE CAST(length("notes") AS BIGINT) END) IS NOT NULL), FALSE)

-- (s.length(notes)) > 0
COALESCE(((CASE WHEN "notes" IS NULL THEN NULL ELSE CAST(length("notes") AS BIGINT) END) > 0), FALSE)

-- (s.length(notes)) < 0
COALESCE(((CASE WHEN "notes" IS NULL THEN NULL ELSE CAST(length("notes") AS BIGINT) END) < 0), FALSE)

-- (s.length(notes)) == 0
COALESCE(((CASE WHEN "notes" IS NULL THEN NULL ELSE CAST(length("notes") AS BIGINT) END) = 0), FALSE)

-- (s.length(notes)) >= 1
COALESCE(((CASE WHEN "notes" IS NULL THEN NULL ELSE CAST(length("notes") AS BIGINT) END) >= 1), FALSE)

-- (s.length(notes)) <= -1
COALESCE(((CASE WHEN "notes" IS NULL THEN NULL ELSE CAST(length("notes") AS BIGINT) END) <= (-1)), FALSE)

-- s.starts_with(notes, "")
COALESCE((CASE WHEN ("notes" IS NULL OR '' IS NULL) THEN NULL ELSE starts_with("notes", '') END), FALSE)

-- s.ends_with(notes, "")
COALESCE((CASE WHEN ("notes" IS NULL OR '' IS NULL) THEN NULL ELSE (length('') = 0 OR substr("notes", greatest(length("notes") - length(''), 0) + 1) = '') END), FALSE)

-- s.contains(notes, "")
COALESCE((CASE WHEN ("notes" IS NULL OR '' IS NULL) THEN NULL ELSE (strpos("notes", '') > 0) END), FALSE)

-- s.starts_with(notes, "a")
COALESCE((CASE WHEN ("notes" IS NULL OR 'a' IS NULL) THEN NULL ELSE starts_with("notes", 'a') END), FALSE)

-- s.ends_with(notes, "a")
COALESCE((CASE WHEN ("notes" IS NULL OR 'a' IS NULL) THEN NULL ELSE (length('a') = 0 OR substr("notes", greatest(length("notes") - length('a'), 0) + 1) = 'a') END), FALSE)

-- s.contains(notes, "a")
COALESCE((CASE WHEN ("notes" IS NULL OR 'a' IS NULL) THEN NULL ELSE (strpos("notes", 'a') > 0) END), FALSE)

-- s.starts_with(notes, "@")
COALESCE((CASE WHEN ("notes" IS NULL OR '@' IS NULL) THEN NULL ELSE starts_with("notes", '@') END), FALSE)

-- s.ends_with(notes, "@")
COALESCE((CASE WHEN ("notes" IS NULL OR '@' IS NULL) THEN NULL ELSE (length('@') = 0 OR substr("notes", greatest(length("notes") - length('@'), 0) + 1) = '@') END), FALSE)

-- s.contains(notes, "@")
COALESCE((CASE WHEN ("notes" IS NULL OR '@' IS NULL) THEN NULL ELSE (strpos("notes", '@') > 0) END), FALSE)

-- s.starts_with(notes, "\u{1D11E}")
COALESCE((CASE WHEN ("notes" IS NULL OR '𝄞' IS NULL) THEN NULL ELSE starts_with("notes", '𝄞') END), FALSE)

-- s.ends_with(notes, "\u{1D11E}")
COALESCE((CASE WHEN ("notes" IS NULL OR '𝄞' IS NULL) THEN NULL ELSE (length('𝄞') = 0 OR substr("notes", greatest(length("notes") - length('𝄞'), 0) + 1) = '𝄞') END), FALSE)

-- s.contains(notes, "\u{1D11E}")
COALESCE((CASE WHEN ("notes" IS NULL OR '𝄞' IS NULL) THEN NULL ELSE (strpos("notes", '𝄞') > 0) END), FALSE)

-- s.lower(notes) == "zoë"
COALESCE(((CASE WHEN "notes" IS NULL THEN NULL ELSE translate("notes", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') END) = 'zoë'), FALSE)

-- s.upper(notes) == "A@B"
COALESCE(((CASE WHEN "notes" IS NULL THEN NULL ELSE translate("notes", 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') END) = 'A@B'), FALSE)

-- (s.length(customer_email)) is null
COALESCE(((CASE WHEN "customer_email" IS NULL THEN NULL ELSE CAST(length("customer_email") AS BIGINT) END) IS NULL), FALSE)

-- (s.length(customer_email)) is not null
COALESCE(((CASE WHEN "customer_email" IS NULL THEN NULL ELSE CAST(length("customer_email") AS BIGINT) END) IS NOT NULL), FALSE)

-- (s.length(customer_email)) > 0
COALESCE(((CASE WHEN "customer_email" IS NULL THEN NULL ELSE CAST(length("customer_email") AS BIGINT) END) > 0), FALSE)

-- (s.length(customer_email)) < 0
COALESCE(((CASE WHEN "customer_email" IS NULL THEN NULL ELSE CAST(length("customer_email") AS BIGINT) END) < 0), FALSE)

-- (s.length(customer_email)) == 0
COALESCE(((CASE WHEN "customer_email" IS NULL THEN NULL ELSE CAST(length("customer_email") AS BIGINT) END) = 0), FALSE)

-- (s.length(customer_email)) >= 1
COALESCE(((CASE WHEN "customer_email" IS NULL THEN NULL ELSE CAST(length("customer_email") AS BIGINT) END) >= 1), FALSE)

-- (s.length(customer_email)) <= -1
COALESCE(((CASE WHEN "customer_email" IS NULL THEN NULL ELSE CAST(length("customer_email") AS BIGINT) END) <= (-1)), FALSE)

-- s.starts_with(customer_email, "")
COALESCE((CASE WHEN ("customer_email" IS NULL OR '' IS NULL) THEN NULL ELSE starts_with("customer_email", '') END), FALSE)

-- s.ends_with(customer_email, "")
COALESCE((CASE WHEN ("customer_email" IS NULL OR '' IS NULL) THEN NULL ELSE (length('') = 0 OR substr("customer_email", greatest(length("customer_email") - length(''), 0) + 1) = '') END), FALSE)

-- s.contains(customer_email, "")
COALESCE((CASE WHEN ("customer_email" IS NULL OR '' IS NULL) THEN NULL ELSE (strpos("customer_email", '') > 0) END), FALSE)

-- s.starts_with(customer_email, "a")
COALESCE((CASE WHEN ("customer_email" IS NULL OR 'a' IS NULL) THEN NULL ELSE starts_with("customer_email", 'a') END), FALSE)

-- s.ends_with(customer_email, "a")
COALESCE((CASE WHEN ("customer_email" IS NULL OR 'a' IS NULL) THEN NULL ELSE (length('a') = 0 OR substr("customer_email", greatest(length("customer_email") - length('a'), 0) + 1) = 'a') END), FALSE)

-- s.contains(customer_email, "a")
COALESCE((CASE WHEN ("customer_email" IS NULL OR 'a' IS NULL) THEN NULL ELSE (strpos("customer_email", 'a') > 0) END), FALSE)

-- s.starts_with(customer_email, "@")
COALESCE((CASE WHEN ("customer_email" IS NULL OR '@' IS NULL) THEN NULL ELSE starts_with("customer_email", '@') END), FALSE)

-- s.ends_with(customer_email, "@")
COALESCE((CASE WHEN ("customer_email" IS NULL OR '@' IS NULL) THEN NULL ELSE (length('@') = 0 OR substr("customer_email", greatest(length("customer_email") - length('@'), 0) + 1) = '@') END), FALSE)

-- s.contains(customer_email, "@")
COALESCE((CASE WHEN ("customer_email" IS NULL OR '@' IS NULL) THEN NULL ELSE (strpos("customer_email", '@') > 0) END), FALSE)

-- s.starts_with(customer_email, "\u{1D11E}")
COALESCE((CASE WHEN ("customer_email" IS NULL OR '𝄞' IS NULL) THEN NULL ELSE starts_with("customer_email", '𝄞') END), FALSE)

-- s.ends_with(customer_email, "\u{1D11E}")
COALESCE((CASE WHEN ("customer_email" IS NULL OR '𝄞' IS NULL) THEN NULL ELSE (length('𝄞') = 0 OR substr("customer_email", greatest(length("customer_email") - length('𝄞'), 0) + 1) = '𝄞') END), FALSE)

-- s.contains(customer_email, "\u{1D11E}")
COALESCE((CASE WHEN ("customer_email" IS NULL OR '𝄞' IS NULL) THEN NULL ELSE (strpos("customer_email", '𝄞') > 0) END), FALSE)

-- s.lower(customer_email) == "zoë"
COALESCE(((CASE WHEN "customer_email" IS NULL THEN NULL ELSE translate("customer_email", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') END) = 'zoë'), FALSE)

-- s.upper(customer_email) == "A@B"
COALESCE(((CASE WHEN "customer_email" IS NULL THEN NULL ELSE translate("customer_email", 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') END) = 'A@B'), FALSE)

-- (t.add_days(placed_on, 0) > placed_on) is null
COALESCE(CASE WHEN (NOT (("placed_on" IS NULL OR 0 IS NULL)) AND (NOT (0 BETWEEN -3652059 AND 3652059) OR NOT ((date_diff('day', DATE '0001-01-01', "placed_on") + 0) BETWEEN 0 AND 3652058))) THEN NULL ELSE (((CASE WHEN ("placed_on" IS NULL OR 0 IS NULL) THEN NULL ELSE (CASE WHEN NOT (0 BETWEEN -3652059 AND 3652059) THEN NULL WHEN ((date_diff('day', DATE '0001-01-01', "placed_on") + 0) BETWEEN 0 AND 3652058) THEN date_add('day', 0, "placed_on") END) END) > "placed_on") IS NULL) END, FALSE)

-- t.add_days(placed_on, 0) > date "2022-01-01"
COALESCE(((CASE WHEN ("placed_on" IS NULL OR 0 IS NULL) THEN NULL ELSE (CASE WHEN NOT (0 BETWEEN -3652059 AND 3652059) THEN NULL WHEN ((date_diff('day', DATE '0001-01-01', "placed_on") + 0) BETWEEN 0 AND 3652058) THEN date_add('day', 0, "placed_on") END) END) > DATE '2022-01-01'), FALSE)

-- (t.add_days(placed_on, 1) > placed_on) is null
COALESCE(CASE WHEN (NOT (("placed_on" IS NULL OR 1 IS NULL)) AND (NOT (1 BETWEEN -3652059 AND 3652059) OR NOT ((date_diff('day', DATE '0001-01-01', "placed_on") + 1) BETWEEN 0 AND 3652058))) THEN NULL ELSE (((CASE WHEN ("placed_on" IS NULL OR 1 IS NULL) THEN NULL ELSE (CASE WHEN NOT (1 BETWEEN -3652059 AND 3652059) THEN NULL WHEN ((date_diff('day', DATE '0001-01-01', "placed_on") + 1) BETWEEN 0 AND 3652058) THEN date_add('day', 1, "placed_on") END) END) > "placed_on") IS NULL) END, FALSE)

-- t.add_days(placed_on, 1) > date "2022-01-01"
COALESCE(((CASE WHEN ("placed_on" IS NULL OR 1 IS NULL) THEN NULL ELSE (CASE WHEN NOT (1 BETWEEN -3652059 AND 3652059) THEN NULL WHEN ((date_diff('day', DATE '0001-01-01', "placed_on") + 1) BETWEEN 0 AND 3652058) THEN date_add('day', 1, "placed_on") END) END) > DATE '2022-01-01'), FALSE)

-- (t.add_days(placed_on, -1) > placed_on) is null
COALESCE(CASE WHEN (NOT (("placed_on" IS NULL OR (-1) IS NULL)) AND (NOT ((-1) BETWEEN -3652059 AND 3652059) OR NOT ((date_diff('day', DATE '0001-01-01', "placed_on") + (-1)) BETWEEN 0 AND 3652058))) THEN NULL ELSE (((CASE WHEN ("placed_on" IS NULL OR (-1) IS NULL) THEN NULL ELSE (CASE WHEN NOT ((-1) BETWEEN -3652059 AND 3652059) THEN NULL WHEN ((date_diff('day', DATE '0001-01-01', "placed_on") + (-1)) BETWEEN 0 AND 3652058) THEN date_add('day', (-1), "placed_on") END) END) > "placed_on") IS NULL) END, FALSE)

-- t.add_days(placed_on, -1) > date "2022-01-01"
COALESCE(((CASE WHEN ("placed_on" IS NULL OR (-1) IS NULL) THEN NULL ELSE (CASE WHEN NOT ((-1) BETWEEN -3652059 AND 3652059) THEN NULL WHEN ((date_diff('day', DATE '0001-01-01', "placed_on") + (-1)) BETWEEN 0 AND 3652058) THEN date_add('day', (-1), "placed_on") END) END) > DATE '2022-01-01'), FALSE)

-- (t.add_days(placed_on, 3000000) > placed_on) is null
COALESCE(CASE WHEN (NOT (("placed_on" IS NULL OR 3000000 IS NULL)) AND (NOT (3000000 BETWEEN -3652059 AND 3652059) OR NOT ((date_diff('day', DATE '0001-01-01', "placed_on") + 3000000) BETWEEN 0 AND 3652058))) THEN NULL ELSE (((CASE WHEN ("placed_on" IS NULL OR 3000000 IS NULL) THEN NULL ELSE (CASE WHEN NOT (3000000 BETWEEN -3652059 AND 3652059) THEN NULL WHEN ((date_diff('day', DATE '0001-01-01', "placed_on") + 3000000) BETWEEN 0 AND 3652058) THEN date_add('day', 3000000, "placed_on") END) END) > "placed_on") IS NULL) END, FALSE)

-- t.add_days(placed_on, 3000000) > date "2022-01-01"
COALESCE(((CASE WHEN ("placed_on" IS NULL OR 3000000 IS NULL) THEN NULL ELSE (CASE WHEN NOT (3000000 BETWEEN -3652059 AND 3652059) THEN NULL WHEN ((date_diff('day', DATE '0001-01-01', "placed_on") + 3000000) BETWEEN 0 AND 3652058) THEN date_add('day', 3000000, "placed_on") END) END) > DATE '2022-01-01'), FALSE)

-- (t.add_days(placed_on, -3000000) > placed_on) is null
COALESCE(CASE WHEN (NOT (("placed_on" IS NULL OR (-3000000) IS NULL)) AND (NOT ((-3000000) BETWEEN -3652059 AND 3652059) OR NOT ((date_diff('day', DATE '0001-01-01', "placed_on") + (-3000000)) BETWEEN 0 AND 3652058))) THEN NULL ELSE (((CASE WHEN ("placed_on" IS NULL OR (-3000000) IS NULL) THEN NULL ELSE (CASE WHEN NOT ((-3000000) BETWEEN -3652059 AND 3652059) THEN NULL WHEN ((date_diff('day', DATE '0001-01-01', "placed_on") + (-3000000)) BETWEEN 0 AND 3652058) THEN date_add('day', (-3000000), "placed_on") END) END) > "placed_on") IS NULL) END, FALSE)

-- t.add_days(placed_on, -3000000) > date "2022-01-01"
COALESCE(((CASE WHEN ("placed_on" IS NULL OR (-3000000) IS NULL) THEN NULL ELSE (CASE WHEN NOT ((-3000000) BETWEEN -3652059 AND 3652059) THEN NULL WHEN ((date_diff('day', DATE '0001-01-01', "placed_on") + (-3000000)) BETWEEN 0 AND 3652058) THEN date_add('day', (-3000000), "placed_on") END) END) > DATE '2022-01-01'), FALSE)

-- (t.add_days(placed_on, 9223372036854775807) > placed_on) is null
COALESCE(CASE WHEN (NOT (("placed_on" IS NULL OR 9223372036854775807 IS NULL)) AND (NOT (9223372036854775807 BETWEEN -3652059 AND 3652059) OR NOT ((date_diff('day', DATE '0001-01-01', "placed_on") + 9223372036854775807) BETWEEN 0 AND 3652058))) THEN NULL ELSE (((CASE WHEN ("placed_on" IS NULL OR 9223372036854775807 IS NULL) THEN NULL ELSE (CASE WHEN NOT (9223372036854775807 BETWEEN -3652059 AND 3652059) THEN NULL WHEN ((date_diff('day', DATE '0001-01-01', "placed_on") + 9223372036854775807) BETWEEN 0 AND 3652058) THEN date_add('day', 9223372036854775807, "placed_on") END) END) > "placed_on") IS NULL) END, FALSE)

-- t.add_days(placed_on, 9223372036854775807) > date "2022-01-01"
COALESCE(((CASE WHEN ("placed_on" IS NULL OR 9223372036854775807 IS NULL) THEN NULL ELSE (CASE WHEN NOT (9223372036854775807 BETWEEN -3652059 AND 3652059) THEN NULL WHEN ((date_diff('day', DATE '0001-01-01', "placed_on") + 9223372036854775807) BETWEEN 0 AND 3652058) THEN date_add('day', 9223372036854775807, "placed_on") END) END) > DATE '2022-01-01'), FALSE)

-- t.year(placed_on) > 2000
COALESCE(((CASE WHEN "placed_on" IS NULL THEN NULL ELSE year("placed_on") END) > 2000), FALSE)

-- t.days_between(placed_on, date "2022-06-01") > 100
COALESCE(((CASE WHEN ("placed_on" IS NULL OR DATE '2022-06-01' IS NULL) THEN NULL ELSE date_diff('day', "placed_on", DATE '2022-06-01') END) > 100), FALSE)

-- t.today(context.now) > placed_on
COALESCE((DATE '2023-11-14' > "placed_on"), FALSE)
