/* Custos C ABI: embed the Custos evaluator from C, Rust, Go, Java (Panama/JNI), Python (ctypes).
 *
 * Opaque handles, explicit status codes, no exceptions across the boundary. Every function that
 * can fail returns a custos_status; on failure custos_last_error() describes the error (a string
 * owned by the library, valid on the calling thread until its next Custos call). Handles may be
 * used from many threads at once; free each handle once. A failure never grants access: a plan
 * that cannot be made is an error, and a batch that does not match the contract is refused.
 *
 *   custos_engine_options o; custos_engine_options_init(&o);
 *   custos_engine* e; custos_engine_new(&o, &e);
 *   custos_engine_load_bundle_file(e, "mesh.bundle");
 *   custos_session* s; custos_session_new(e, "{\"id\":\"ana\",\"role\":\"analyst\"}", NULL, &s);
 *   custos_plan* p; custos_session_plan(s, "crm.customers", NULL, 0, &p);
 *   if (custos_plan_allowed(p)) custos_plan_apply(p, &schema, &batch, &out_schema, &out_batch);
 *   custos_plan_free(p); custos_session_free(s); custos_engine_free(e);
 */
#ifndef CUSTOS_H
#define CUSTOS_H

#include <stddef.h>
#include <stdint.h>

#include "custos/arrow_c_data.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define CUSTOS_API __attribute__((visibility("default")))
#else
#define CUSTOS_API
#endif

typedef enum custos_status {
  CUSTOS_OK = 0,
  CUSTOS_ERR_INVALID_ARGUMENT = 1, /* null pointer, malformed JSON, attribute of the wrong type */
  CUSTOS_ERR_BUNDLE = 2,           /* unreadable, truncated or corrupt bundle, or one that no longer checks */
  CUSTOS_ERR_SIGNATURE = 3,        /* unsigned or tampered bundle where a public key is configured */
  CUSTOS_ERR_NO_BUNDLE = 4,        /* no bundle loaded yet */
  CUSTOS_ERR_UNKNOWN_PRODUCT = 5,  /* product or column unknown to the bundle */
  CUSTOS_ERR_SCHEMA_MISMATCH = 6,  /* Arrow batch does not match the product's contract */
  CUSTOS_ERR_JIT = 7,              /* require_jit set and the JIT could not compile the bundle */
  CUSTOS_ERR_INTERNAL = 8,         /* out of memory, I/O, anything else */
  CUSTOS_ERR_BUFFER_TOO_SMALL = 9, /* an output buffer has less room than needed */
  CUSTOS_ERR_KEY = 10              /* the `hash` key is missing, shorter than 32 bytes, or not the bundle's */
} custos_status;

typedef enum custos_column_outcome {
  CUSTOS_COLUMN_CLEAR = 0,
  CUSTOS_COLUMN_MASKED = 1,
  CUSTOS_COLUMN_DENIED = 2
} custos_column_outcome;

typedef struct custos_engine custos_engine;
typedef struct custos_session custos_session;
typedef struct custos_plan custos_plan;

typedef struct custos_engine_options {
  const char* public_key_pem;         /* NULL: bundles need no signature */
  int jit;                            /* nonzero (default): compiled code; 0: interpreter only */
  int require_jit;                    /* nonzero: refuse bundles the JIT cannot compile */
  const char* audit_log_path;         /* NULL: no decision log */
  size_t audit_queue_capacity;        /* default 65536 records */
  const char* principal_id_attribute; /* default "id" */
  const char* hash_key;               /* key of the `hash` mask, >= 32 bytes; NULL: none (no default key) */
} custos_engine_options;

/* The library's version, e.g. "0.1.0". */
CUSTOS_API const char* custos_version(void);
/* The last error on this thread ("" when none). */
CUSTOS_API const char* custos_last_error(void);
/* Frees a string returned by this library (custos_plan_to_json). */
CUSTOS_API void custos_string_free(char* s);

CUSTOS_API void custos_engine_options_init(custos_engine_options* options);
CUSTOS_API custos_status custos_engine_new(const custos_engine_options* options, custos_engine** out);
CUSTOS_API void custos_engine_free(custos_engine* engine);
/* Called at every load with the id of the `hash` key the bundle was built for ("" when none);
 * writes the key (at most `capacity` bytes) to `key` and its length to *length, and returns 0;
 * nonzero refuses the load. Set before loading; replaces options->hash_key. */
typedef int (*custos_hash_key_provider)(void* user_data, const char* key_id, unsigned char* key, size_t capacity,
                                        size_t* length);
CUSTOS_API custos_status custos_engine_set_hash_key_provider(custos_engine* engine, custos_hash_key_provider provider,
                                                             void* user_data);
/* Load (or hot-reload) a bundle. On failure the engine keeps serving the bundle it had. */
CUSTOS_API custos_status custos_engine_load_bundle_file(custos_engine* engine, const char* path);
CUSTOS_API custos_status custos_engine_load_bundle(custos_engine* engine, const void* bytes, size_t length,
                                                   const char* name);
/* The current bundle's revision, copied into buf (NUL-terminated). */
CUSTOS_API custos_status custos_engine_revision(const custos_engine* engine, char* buf, size_t capacity);
CUSTOS_API custos_status custos_engine_audit_stats(const custos_engine* engine, uint64_t* logged, uint64_t* dropped,
                                                   uint64_t* failed);
CUSTOS_API custos_status custos_engine_flush_audit(custos_engine* engine);

/* principal_json / context_json: JSON objects of the mesh's attributes (context may be NULL). */
CUSTOS_API custos_status custos_session_new(const custos_engine* engine, const char* principal_json,
                                            const char* context_json, custos_session** out);
CUSTOS_API void custos_session_free(custos_session* session);

/* columns: NULL (with n_columns 0) for every column of the product. */
CUSTOS_API custos_status custos_session_plan(const custos_session* session, const char* product,
                                             const char* const* columns, size_t n_columns, custos_plan** out);
CUSTOS_API void custos_plan_free(custos_plan* plan);
/* 1 when the principal may read the table, 0 otherwise (and for a NULL plan). */
CUSTOS_API int custos_plan_allowed(const custos_plan* plan);
CUSTOS_API size_t custos_plan_column_count(const custos_plan* plan);
/* Column i's name, outcome and strongest mask (NULL when clear or denied). Strings live as long as the plan. */
CUSTOS_API const char* custos_plan_column_name(const custos_plan* plan, size_t i);
CUSTOS_API custos_column_outcome custos_plan_column_outcome(const custos_plan* plan, size_t i);
CUSTOS_API const char* custos_plan_column_mask(const custos_plan* plan, size_t i);
CUSTOS_API const char* custos_plan_decision_id(const custos_plan* plan);
CUSTOS_API const char* custos_plan_revision(const custos_plan* plan);
/* The whole plan as JSON (allowed, rules, columns); free with custos_string_free. NULL on error. */
CUSTOS_API char* custos_plan_to_json(const custos_plan* plan);

/* Stage 2 on an Arrow record batch (struct array): the visible rows' indices, ascending, into
 * rows (room for `capacity`); *count receives how many. */
CUSTOS_API custos_status custos_plan_filter(const custos_plan* plan, const struct ArrowSchema* schema,
                                            const struct ArrowArray* batch, uint32_t* rows, size_t capacity,
                                            size_t* count);
/* The governed batch: visible rows, the plan's columns, masked values, denied columns null.
 * The caller owns *out_schema and *out_batch and must call their release callbacks. */
CUSTOS_API custos_status custos_plan_apply(const custos_plan* plan, const struct ArrowSchema* schema,
                                           const struct ArrowArray* batch, struct ArrowSchema* out_schema,
                                           struct ArrowArray* out_batch);

#ifdef __cplusplus
}
#endif

#endif /* CUSTOS_H */
