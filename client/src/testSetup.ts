import { configure } from '@testing-library/react';

/*
 * waitFor and findBy* poll until their condition holds, and give up after
 * asyncUtilTimeout: 1 s by default. Rendering the whole app and laying its
 * graph out took longer than that on 2 cores while the integration project
 * ran beside it, and App.test failed by chance ("hides entity types from the
 * legend", in a helper's unit run at load ~10). A passing poll returns as soon
 * as the condition holds, so a longer limit costs nothing; 10 s is well clear
 * of the slowest render seen here and still fails a broken test quickly.
 */
configure({ asyncUtilTimeout: 10_000 });
