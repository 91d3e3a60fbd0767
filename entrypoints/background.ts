export default defineBackground({
  type: 'module',
  main() {
    // Filled by the background issue: analysis of ads sent by the content script.
  },
});
