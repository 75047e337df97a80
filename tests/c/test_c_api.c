/* The C ABI exercised from C: a real bundle, a hand-built Arrow batch, every error path.
 * Usage: test_c_api EXAMPLES.bundle PUBLIC_KEY.pem */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "custos/custos.h"

static int failures = 0;
#define CHECK(cond)                                                    \
  do {                                                                 \
    if (!(cond)) {                                                     \
      fprintf(stderr, "%s:%d: CHECK failed: %s (last error: %s)\n", __FILE__, __LINE__, #cond, custos_last_error()); \
      ++failures;                                                      \
    }                                                                  \
  } while (0)

/* ---- a minimal Arrow producer: customer_id int64, email utf8, is_minor bool (3 rows) ---- */
static void release_noop_array(struct ArrowArray* a) { a->release = NULL; }
static void release_noop_schema(struct ArrowSchema* s) { s->release = NULL; }

static int64_t ids[3] = {1, 2, 3};
static int32_t email_offsets[4] = {0, 7, 14, 21};
static const char email_data[] = "a@x.comb@y.orgc@z.net";
static uint8_t minor_bits[1] = {0x04}; /* row 2 is a minor */
static const char id_text[] = "123";
static int32_t id_text_offsets[4] = {0, 1, 2, 3};

static const void* id_buffers[2] = {NULL, ids};
static const void* email_buffers[3] = {NULL, email_offsets, email_data};
static const void* minor_buffers[2] = {NULL, minor_bits};
static const void* id_text_buffers[3] = {NULL, id_text_offsets, id_text};
static const void* struct_buffers[1] = {NULL};

static struct ArrowSchema s_id, s_email, s_minor, s_batch;
static struct ArrowArray a_id, a_email, a_minor, a_batch;
static struct ArrowSchema* s_children[3];
static struct ArrowArray* a_children[3];

static void column(struct ArrowSchema* s, struct ArrowArray* a, const char* name, const char* format, int64_t n_buffers,
                   const void** buffers) {
  memset(s, 0, sizeof *s);
  memset(a, 0, sizeof *a);
  s->format = format;
  s->name = name;
  s->flags = ARROW_FLAG_NULLABLE;
  s->release = release_noop_schema;
  a->length = 3;
  a->n_buffers = n_buffers;
  a->buffers = buffers;
  a->release = release_noop_array;
}

static void make_batch(int drift) {
  if (drift) {
    column(&s_id, &a_id, "customer_id", "u", 3, id_text_buffers); /* text where the contract says integer */
  } else {
    column(&s_id, &a_id, "customer_id", "l", 2, id_buffers);
  }
  column(&s_email, &a_email, "email", "u", 3, email_buffers);
  column(&s_minor, &a_minor, "is_minor", "b", 2, minor_buffers);
  s_children[0] = &s_id, s_children[1] = &s_email, s_children[2] = &s_minor;
  a_children[0] = &a_id, a_children[1] = &a_email, a_children[2] = &a_minor;
  memset(&s_batch, 0, sizeof s_batch);
  memset(&a_batch, 0, sizeof a_batch);
  s_batch.format = "+s";
  s_batch.name = "";
  s_batch.n_children = 3;
  s_batch.children = s_children;
  s_batch.release = release_noop_schema;
  a_batch.length = 3;
  a_batch.n_buffers = 1;
  a_batch.buffers = struct_buffers;
  a_batch.n_children = 3;
  a_batch.children = a_children;
  a_batch.release = release_noop_array;
}

static char* read_all(const char* path) {
  FILE* f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char* text = malloc((size_t)n + 1);
  if (text && fread(text, 1, (size_t)n, f) != (size_t)n) n = 0;
  if (text) text[n] = 0;
  fclose(f);
  return text;
}

static const char* kAnalyst =
    "{\"id\": \"ana\", \"roles\": [\"analyst\", \"staff\"], \"region\": \"EU\", \"domain\": \"crm\", "
    "\"country\": \"DE\", \"clearance\": 2}";
static const char* kContext = "{\"purposes\": [\"reporting\"], \"now\": \"2026-03-01T09:00:00Z\"}";

/* A key provider that hands out the test key and remembers the id the bundle asked for. */
static char provided_key[4097];
static char asked_id[64];
static int provider_calls = 0;
static int give_test_key(void* user_data, const char* key_id, unsigned char* key, size_t capacity, size_t* length) {
  (void)user_data;
  ++provider_calls;
  snprintf(asked_id, sizeof asked_id, "%s", key_id);
  size_t n = strlen(provided_key);
  if (n > capacity) return 1;
  memcpy(key, provided_key, n);
  *length = n;
  return 0;
}
static int refuse_key(void* user_data, const char* key_id, unsigned char* key, size_t capacity, size_t* length) {
  (void)user_data, (void)key_id, (void)key, (void)capacity, (void)length;
  return 7;
}

int main(int argc, char** argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: test_c_api EXAMPLES.bundle PUBLIC_KEY.pem HASH_KEY_FILE\n");
    return 2;
  }
  CHECK(strlen(custos_version()) > 0);

  /* NULLs are errors, never crashes. */
  CHECK(custos_engine_new(NULL, NULL) == CUSTOS_ERR_INVALID_ARGUMENT);
  CHECK(strstr(custos_last_error(), "NULL") != NULL);
  CHECK(custos_engine_load_bundle_file(NULL, "x") == CUSTOS_ERR_INVALID_ARGUMENT);
  CHECK(custos_plan_allowed(NULL) == 0);
  CHECK(custos_plan_column_outcome(NULL, 0) == CUSTOS_COLUMN_DENIED);
  CHECK(custos_plan_to_json(NULL) == NULL);
  custos_engine_free(NULL);
  custos_session_free(NULL);
  custos_plan_free(NULL);

  /* The `hash` key: none by default, so the example bundle (which masks with hash) is refused;
   * a short key is refused; a provider is asked with the bundle's key id. */
  char* hash_key = read_all(argv[3]);
  CHECK(hash_key != NULL);
  if (!hash_key) return 1;
  hash_key[strcspn(hash_key, "\n")] = 0;
  snprintf(provided_key, sizeof provided_key, "%s", hash_key);
  {
    custos_engine* keyless = NULL;
    CHECK(custos_engine_new(NULL, &keyless) == CUSTOS_OK);
    CHECK(custos_engine_load_bundle_file(keyless, argv[1]) == CUSTOS_ERR_KEY);
    CHECK(strstr(custos_last_error(), "hash") != NULL);
    CHECK(custos_engine_set_hash_key_provider(keyless, refuse_key, NULL) == CUSTOS_OK);
    CHECK(custos_engine_load_bundle_file(keyless, argv[1]) == CUSTOS_ERR_KEY);
    CHECK(strstr(custos_last_error(), "refused") != NULL);
    CHECK(custos_engine_set_hash_key_provider(keyless, give_test_key, NULL) == CUSTOS_OK);
    CHECK(custos_engine_load_bundle_file(keyless, argv[1]) == CUSTOS_OK);
    CHECK(provider_calls == 1);
    CHECK(strncmp(asked_id, "hk-", 3) == 0);
    custos_engine_free(keyless);
    custos_engine_options short_key;
    custos_engine_options_init(&short_key);
    short_key.hash_key = "custos";
    CHECK(custos_engine_new(&short_key, &keyless) == CUSTOS_ERR_KEY);
    CHECK(keyless == NULL);
  }

  custos_engine_options options;
  custos_engine_options_init(&options);
  options.hash_key = hash_key;
  custos_engine* engine = NULL;
  CHECK(custos_engine_new(&options, &engine) == CUSTOS_OK);
  CHECK(engine != NULL);
  custos_session* session = NULL;
  CHECK(custos_session_new(engine, kAnalyst, kContext, &session) == CUSTOS_ERR_NO_BUNDLE);
  CHECK(session == NULL);
  CHECK(custos_engine_load_bundle_file(engine, "/nonexistent.bundle") == CUSTOS_ERR_BUNDLE);
  CHECK(strstr(custos_last_error(), "/nonexistent.bundle") != NULL);
  CHECK(custos_engine_load_bundle(engine, "garbage", 7, "garbage") == CUSTOS_ERR_BUNDLE);
  CHECK(strstr(custos_last_error(), "not a Custos bundle") != NULL);
  CHECK(custos_engine_load_bundle_file(engine, argv[1]) == CUSTOS_OK);
  CHECK(strcmp(custos_last_error(), "") == 0);

  char revision[64];
  CHECK(custos_engine_revision(engine, revision, sizeof revision) == CUSTOS_OK);
  CHECK(strcmp(revision, "ctest") == 0);
  CHECK(custos_engine_revision(engine, revision, 3) == CUSTOS_ERR_BUFFER_TOO_SMALL);

  CHECK(custos_session_new(engine, "{not json", NULL, &session) == CUSTOS_ERR_INVALID_ARGUMENT);
  CHECK(custos_session_new(engine, "{\"clearance\": \"high\"}", NULL, &session) == CUSTOS_ERR_INVALID_ARGUMENT);
  CHECK(strstr(custos_last_error(), "clearance") != NULL);
  CHECK(custos_session_new(engine, kAnalyst, kContext, &session) == CUSTOS_OK);

  custos_plan* plan = NULL;
  CHECK(custos_session_plan(session, "crm.customer", NULL, 0, &plan) == CUSTOS_ERR_UNKNOWN_PRODUCT);
  CHECK(plan == NULL);
  const char* columns[3] = {"customer_id", "email", "tax_id"};
  CHECK(custos_session_plan(session, "crm.customers", columns, 3, &plan) == CUSTOS_OK);
  CHECK(custos_plan_allowed(plan) == 1);
  CHECK(custos_plan_column_count(plan) == 3);
  CHECK(strcmp(custos_plan_column_name(plan, 1), "email") == 0);
  CHECK(custos_plan_column_outcome(plan, 0) == CUSTOS_COLUMN_CLEAR);
  CHECK(custos_plan_column_outcome(plan, 1) == CUSTOS_COLUMN_MASKED);
  CHECK(strcmp(custos_plan_column_mask(plan, 1), "hash") == 0);
  CHECK(custos_plan_column_outcome(plan, 2) == CUSTOS_COLUMN_DENIED);
  CHECK(custos_plan_column_mask(plan, 2) == NULL);
  CHECK(custos_plan_column_name(plan, 99) == NULL);
  CHECK(custos_plan_column_outcome(plan, 99) == CUSTOS_COLUMN_DENIED);
  CHECK(strlen(custos_plan_decision_id(plan)) == 33);
  CHECK(strcmp(custos_plan_revision(plan), "ctest") == 0);
  char* json = custos_plan_to_json(plan);
  CHECK(json != NULL && strstr(json, "\"crm-analysts\"") != NULL);
  custos_string_free(json);

  /* Stage 2: the minor (row 2) is hidden; emails are hashed; tax_id is not in the batch. */
  make_batch(0);
  uint32_t rows[3];
  size_t count = 0;
  CHECK(custos_plan_filter(plan, &s_batch, &a_batch, rows, 3, &count) == CUSTOS_OK);
  CHECK(count == 2 && rows[0] == 0 && rows[1] == 1);
  CHECK(custos_plan_filter(plan, &s_batch, &a_batch, rows, 1, &count) == CUSTOS_ERR_BUFFER_TOO_SMALL);
  CHECK(count == 2);

  struct ArrowSchema out_schema;
  struct ArrowArray out;
  CHECK(custos_plan_apply(plan, &s_batch, &a_batch, &out_schema, &out) == CUSTOS_OK);
  CHECK(out.length == 2 && out.n_children == 3 && out_schema.n_children == 3);
  CHECK(strcmp(out_schema.children[1]->name, "email") == 0);
  CHECK(strcmp(out_schema.children[1]->format, "u") == 0);
  {
    const int32_t* off = (const int32_t*)out.children[1]->buffers[1];
    CHECK(off[1] - off[0] == 64); /* HMAC-SHA-256 in hex */
    CHECK(out.children[2]->null_count == 2); /* denied: all null */
    const int64_t* id = (const int64_t*)out.children[0]->buffers[1];
    CHECK(id[0] == 1 && id[1] == 2);
  }
  out.release(&out);
  out_schema.release(&out_schema);
  CHECK(out.release == NULL && out_schema.release == NULL);

  make_batch(1);
  CHECK(custos_plan_filter(plan, &s_batch, &a_batch, rows, 3, &count) == CUSTOS_ERR_SCHEMA_MISMATCH);
  CHECK(strstr(custos_last_error(), "customer_id") != NULL);
  CHECK(custos_plan_apply(plan, &s_batch, &a_batch, &out_schema, &out) == CUSTOS_ERR_SCHEMA_MISMATCH);

  custos_plan_free(plan);
  custos_session_free(session);

  /* An engine that requires signatures refuses the unsigned bundle and keeps having none. */
  char* key = read_all(argv[2]);
  CHECK(key != NULL);
  custos_engine_options strict;
  custos_engine_options_init(&strict);
  strict.public_key_pem = key;
  strict.hash_key = hash_key;
  custos_engine* signed_only = NULL;
  CHECK(custos_engine_new(&strict, &signed_only) == CUSTOS_OK);
  CHECK(custos_engine_load_bundle_file(signed_only, argv[1]) == CUSTOS_ERR_SIGNATURE);
  CHECK(custos_engine_revision(signed_only, revision, sizeof revision) == CUSTOS_ERR_NO_BUNDLE);
  custos_engine_free(signed_only);
  free(key);
  free(hash_key);

  /* An empty or unreadable key is an error, never "no verification" (security finding 6). */
  const char* not_keys[] = {"", "  \n", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"};
  for (size_t i = 0; i < sizeof not_keys / sizeof not_keys[0]; ++i) {
    custos_engine_options bad;
    custos_engine_options_init(&bad);
    bad.public_key_pem = not_keys[i];
    custos_engine* none = NULL;
    CHECK(custos_engine_new(&bad, &none) == CUSTOS_ERR_SIGNATURE);
    CHECK(none == NULL);
  }
  custos_engine_free(engine);

  if (failures) {
    fprintf(stderr, "%d checks failed\n", failures);
    return 1;
  }
  printf("C ABI: all checks passed\n");
  return 0;
}
