/* Loads a bundle through the installed C ABI and prints one decision. */
#include <custos/custos.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char** argv) {
  if (argc != 3) return 2; /* consumer_c BUNDLE HASH_KEY_FILE */
  char key[4097] = {0};
  FILE* f = fopen(argv[2], "rb");
  if (!f) return 2;
  size_t n = fread(key, 1, sizeof key - 1, f);
  fclose(f);
  if (n > 0 && key[n - 1] == '\n') key[n - 1] = '\0';
  custos_engine_options options;
  custos_engine_options_init(&options);
  options.hash_key = key;
  custos_engine* e = NULL;
  custos_session* s = NULL;
  custos_plan* p = NULL;
  if (custos_engine_new(&options, &e) != CUSTOS_OK || custos_engine_load_bundle_file(e, argv[1]) != CUSTOS_OK ||
      custos_session_new(e, "{\"id\": \"bo\", \"roles\": [\"partner\"]}", NULL, &s) != CUSTOS_OK ||
      custos_session_plan(s, "crm.customers", NULL, 0, &p) != CUSTOS_OK) {
    fprintf(stderr, "error: %s\n", custos_last_error());
    return 1;
  }
  printf("c: crm.customers %s for a partner\n", custos_plan_allowed(p) ? "allowed" : "denied");
  custos_plan_free(p);
  custos_session_free(s);
  custos_engine_free(e);
  return 0;
}
