/**
 * Puppeteer must never download a browser here: CI and the developer machines reach only the npm and
 * Debian registries. Tests use an installed Chromium (CHROME_PATH, else /usr/bin/chromium).
 * On a normal machine, set PUPPETEER_SKIP_DOWNLOAD=false to use puppeteer's own Chrome for Testing.
 * @type {import("puppeteer").Configuration}
 */
module.exports = {
  skipDownload: process.env.PUPPETEER_SKIP_DOWNLOAD === 'false' ? false : true,
};
