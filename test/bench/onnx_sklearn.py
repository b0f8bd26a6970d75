"""The scikit-learn side of the ONNX scoring benchmark (test/bench/onnx.mjs).

Usage: /usr/bin/python3 test/bench/onnx_sklearn.py OUT_DIR [--rows N] [--runs N] [--sample N]

Fits a LogisticRegression (standardized inputs) and a small RandomForest on a seeded synthetic
3-class table of 20 numeric features, exports each to ONNX with the fixture generator's functions
(test/fixtures/onnx/generate.py), pickles the logistic pipeline as a command-flavor model
(OUT_DIR/command, scored by test/fixtures/byom/predict.py), and writes OUT_DIR/data.csv (the rows), OUT_DIR/<model>/ (the
model directories) and OUT_DIR/sample.json (predict_proba on every Nth row, for the agreement
check). Then times predict_proba on all rows, in this process, the data already in memory.
Prints one JSON line: versions, rows, and each model's times.
"""
import argparse
import json
import os
import pickle
import shutil
import sys
import time

import numpy as np
import sklearn
from onnx import TensorProto, helper
from sklearn.datasets import make_classification
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from threadpoolctl import threadpool_info, threadpool_limits

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fixtures', 'onnx'))
from generate import forest_node, label_info, logistic_nodes, scaler, tensor_input, write_model_dir, zipmap  # noqa: E402

BYOM = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fixtures', 'byom')
SEED = 42
FEATURES = [f'x{i}' for i in range(20)]
TARGET = 'y'


def arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument('out_dir')
    parser.add_argument('--rows', type=int, default=100_000)
    parser.add_argument('--runs', type=int, default=5)
    parser.add_argument('--sample', type=int, default=100, help='check every Nth row')
    return parser.parse_args()


def logistic(x, y, folder):
    """Scaler, LinearClassifier (softmax) and ZipMap, as the wine fixture; scored as scaler + predict_proba."""
    scale = StandardScaler().fit(x)
    model = LogisticRegression(max_iter=1000).fit(scale.transform(x), y)
    nodes, scores = logistic_nodes(model, model.classes_, 'scaled')
    zip_node, zip_info = zipmap(model.classes_, scores)
    graph = helper.make_graph([scaler(scale, 'float_input', 'scaled'), *nodes, zip_node], 'bench_logistic', [tensor_input('float_input', FEATURES)], [label_info(False), zip_info])
    write_model_dir(folder, graph, {'task': 'classification', 'classes': model.classes_.tolist()}, FEATURES, TARGET)
    return lambda rows: model.predict_proba(scale.transform(rows))


def forest(x, y, folder):
    """10 trees of depth 6; scikit-learn's trees, like ONNX Runtime, compare float32 inputs."""
    model = RandomForestClassifier(n_estimators=10, max_depth=6, random_state=0).fit(x, y)
    node = forest_node(model, model.classes_, 'float_input')
    graph = helper.make_graph([node], 'bench_forest', [tensor_input('float_input', FEATURES)],
                              [label_info(False), helper.make_tensor_value_info('probabilities', TensorProto.FLOAT, [None, len(model.classes_)])])
    write_model_dir(folder, graph, {'task': 'classification', 'classes': model.classes_.tolist()}, FEATURES, TARGET)
    return model.predict_proba


def command_model(x, y, folder):
    """The logistic pipeline pickled as a command-flavor model, scored by test/fixtures/byom/predict.py."""
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(x, y)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, 'model.pkl'), 'wb') as file:
        pickle.dump({'model': model, 'features': FEATURES}, file)
    for name in ['predict.py', 'common.py']:
        shutil.copy(os.path.join(BYOM, name), os.path.join(folder, name))
    manifest = {'version': 1, 'flavor': 'command', 'task': 'classification', 'target': TARGET, 'inputs': [{'name': f, 'type': 'number'} for f in FEATURES],
                'classes': model.classes_.tolist(), 'files': ['model.pkl', 'predict.py', 'common.py'], 'command': {'predict': f'{sys.executable} predict.py'}}
    with open(os.path.join(folder, 'manifest.yaml'), 'w') as file:
        json.dump(manifest, file, indent=2)


def main():
    args = arguments()
    os.makedirs(args.out_dir, exist_ok=True)
    x, y = make_classification(n_samples=args.rows, n_features=len(FEATURES), n_informative=10, n_redundant=4, n_classes=3, random_state=SEED)
    # Rounded to what the CSV holds, so both sides score the very same numbers.
    x = np.round(x, 6)
    data = os.path.join(args.out_dir, 'data.csv')
    np.savetxt(data, np.column_stack([x, y]), delimiter=',', fmt=['%.6f'] * len(FEATURES) + ['%d'], header=','.join(FEATURES + [TARGET]), comments='')

    sample_rows = list(range(0, args.rows, args.sample))
    models, sample = [], {}
    for name, fit in [('logistic', logistic), ('forest', forest)]:
        folder = os.path.join(args.out_dir, name)
        score = fit(x, y, folder)
        sample[name] = score(x[sample_rows]).tolist()
        models.append({'name': name, 'dir': folder, 'score': score})
    with open(os.path.join(args.out_dir, 'sample.json'), 'w') as file:
        json.dump({'rows': sample_rows, 'probabilities': sample}, file)
    command_model(x, y, os.path.join(args.out_dir, 'command'))

    # Alternating the models (and all BLAS threads with one) spreads a busy spell on a shared
    # machine over all of them. One thread is what ONNX Runtime's WebAssembly build gets.
    for model in models:
        model['seconds'], model['oneThreadSeconds'] = [], []
    for _ in range(args.runs):
        for model in models:
            for key, limit in [('seconds', None), ('oneThreadSeconds', 1)]:
                with threadpool_limits(limits=limit):
                    start = time.perf_counter()
                    model['score'](x)
                    model[key].append(time.perf_counter() - start)
    blas_threads = max((pool['num_threads'] for pool in threadpool_info() if pool['user_api'] == 'blas'), default=None)
    report = {'sklearn': sklearn.__version__, 'numpy': np.__version__, 'python': sys.version.split()[0], 'blasThreads': blas_threads,
              'rows': args.rows, 'features': len(FEATURES), 'classes': 3, 'data': data, 'sample': os.path.join(args.out_dir, 'sample.json'),
              'models': [{'name': m['name'], 'dir': m['dir'], 'seconds': m['seconds'], 'oneThreadSeconds': m['oneThreadSeconds']} for m in models]}
    print(json.dumps(report))


if __name__ == '__main__':
    main()
